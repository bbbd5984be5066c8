namespace ChatworkGuard.Emulator.Wire;

/// <summary>The body POSTed for an account event (docs/chatwork-api.md §7).</summary>
internal sealed record MentionWebhookPayload(string WebhookSettingId, string WebhookEventType, long WebhookEventTime, MentionWebhookEvent WebhookEvent);
