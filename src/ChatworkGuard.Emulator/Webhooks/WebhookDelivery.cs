namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>One queued POST: the setting, its event type and the exact body.</summary>
internal sealed record WebhookDelivery(WebhookSetting Setting, string EventType, byte[] Body);
