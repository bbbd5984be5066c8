namespace ChatworkGuard.Archive;

/// <summary>The last record of a room's chain: its sequence number and hash.</summary>
/// <param name="RoomId">The Chatwork room id.</param>
/// <param name="Sequence">The sequence number of the last record (= the room's record count).</param>
/// <param name="Hash">The hash of the last record; it commits to the whole chain.</param>
public sealed record ChainHead(long RoomId, long Sequence, ChainHash Hash);
