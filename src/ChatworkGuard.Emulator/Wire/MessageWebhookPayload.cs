namespace ChatworkGuard.Emulator.Wire;

/// <summary>The body POSTed for a room event (docs/chatwork-api.md §7).</summary>
internal sealed record MessageWebhookPayload(string WebhookSettingId, string WebhookEventType, long WebhookEventTime, MessageWebhookEvent WebhookEvent);
