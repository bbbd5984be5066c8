namespace ChatworkGuard.Emulator.Wire;

/// <summary>The <c>webhook_event</c> of mention_to_me, fields in the recorded order.</summary>
internal sealed record MentionWebhookEvent(long FromAccountId, long ToAccountId, long RoomId, string MessageId, string Body, long SendTime, long UpdateTime);
