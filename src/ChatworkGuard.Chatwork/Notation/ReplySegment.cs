namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A reply, <c>[rp aid= to=room-message]</c> or the localised <c>[返信 …]</c> / <c>[Reply …]</c>.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
/// <param name="AccountId">The author of the message replied to (who is notified).</param>
/// <param name="RoomId">The room of the message replied to.</param>
/// <param name="MessageId">The id of the message replied to (a string, as everywhere in the API).</param>
public sealed record ReplySegment(int Start, int Length, long AccountId, long RoomId, string MessageId)
    : NotationSegment(Start, Length);
