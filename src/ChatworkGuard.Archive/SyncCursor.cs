namespace ChatworkGuard.Archive;

/// <summary>Where the bot last read a room: the room's <c>last_update_time</c> and <c>message_num</c> from GET /rooms at
/// that read, and when it happened. Bot state kept beside the archive, not evidence: it is outside every chain.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="LastUpdateTime">The room's <c>last_update_time</c> (unix seconds) when it was read.</param>
/// <param name="MessageNum">The room's <c>message_num</c> when it was read.</param>
/// <param name="ReadAt">When the read's records were archived.</param>
public sealed record SyncCursor(long RoomId, long LastUpdateTime, int MessageNum, DateTimeOffset ReadAt);
