namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The hashed links of one seq range of a room, filled by a verify worker and walked by the verifier. The range
/// is at most as wide as <see cref="Links"/> is long, and (room_id, seq) is the primary key, so the rows always fit.</summary>
internal sealed class LinkChunk(int capacity)
{
    public ChainLink[] Links { get; } = new ChainLink[capacity];

    public int Count { get; set; }
}
