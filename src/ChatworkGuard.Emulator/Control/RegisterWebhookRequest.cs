namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/webhooks</c>: events are message_created/message_updated (with room_id) or mention_to_me.</summary>
internal sealed record RegisterWebhookRequest(long AccountId, string? Url, IReadOnlyList<string>? Events, long? RoomId, string? Name);
