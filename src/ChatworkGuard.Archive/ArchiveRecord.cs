namespace ChatworkGuard.Archive;

/// <summary>One stored, hash-chained archive record; the fields are those of <see cref="RecordDraft"/> plus the chain.</summary>
/// <remarks><see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> ‖ canonical encoding), see
/// <see cref="Chain.CanonicalEncoding"/> and docs/evidence-format.md.</remarks>
public sealed record ArchiveRecord : RecordContent
{
    /// <summary>Creates an empty record, for object initializers.</summary>
    public ArchiveRecord()
    {
    }

    [SetsRequiredMembers]
    private ArchiveRecord(RecordContent content, long sequence, ChainHash previousHash)
        : base(content)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ChainHash.Zero;
    }

    /// <summary>The position in the room's chain: 1, 2, 3, … without gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>The hash of the record before this one in the room (<see cref="ChainHash.Zero"/> for the first).</summary>
    public required ChainHash PreviousHash { get; init; }

    /// <summary>SHA-256 over <see cref="PreviousHash"/> and this record's canonical encoding.</summary>
    public required ChainHash Hash { get; init; }

    /// <summary>The record <paramref name="draft"/>'s content makes at <paramref name="sequence"/> after
    /// <paramref name="previousHash"/>, not yet hashed (<see cref="Hash"/> is <see cref="ChainHash.Zero"/>).</summary>
    public static ArchiveRecord Unhashed(RecordDraft draft, long sequence, ChainHash previousHash)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft, sequence, previousHash);
    }
}
