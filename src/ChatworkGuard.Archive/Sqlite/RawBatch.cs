namespace ChatworkGuard.Archive.Sqlite;

/// <summary>A batch of rows encoded for hashing: one buffer of previous-hash-prefixed encodings and their positions.</summary>
internal sealed class RawBatch(int capacity)
{
    public byte[] Data { get; set; } = new byte[1 << 18];

    public Row[] Rows { get; } = new Row[capacity];

    public int Count { get; set; }

    public readonly record struct Row(long Sequence, int Start, int Length, ChainHash Previous, ChainHash Stored, bool Readable);
}
