namespace ChatworkGuard.Emulator.Wire;

/// <summary>The <c>webhook_event</c> of message_created and message_updated, fields in the recorded order.</summary>
internal sealed record MessageWebhookEvent(string MessageId, long RoomId, long AccountId, string Body, long SendTime, long UpdateTime);
