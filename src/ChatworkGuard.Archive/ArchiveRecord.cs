namespace ChatworkGuard.Archive;

/// <summary>One stored, hash-chained archive record; the fields are those of <see cref="RecordDraft"/> plus the chain.</summary>
/// <remarks><see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> ‖ canonical encoding), see
/// <see cref="Chain.CanonicalEncoding"/> and docs/evidence-format.md.</remarks>
public sealed record ArchiveRecord
{
    /// <summary>The Chatwork room id.</summary>
    public required long RoomId { get; init; }

    /// <summary>The position in the room's chain: 1, 2, 3, … without gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>What happened.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>The Chatwork message id, if any.</summary>
    public string? MessageId { get; init; }

    /// <summary>The account that wrote the message or did the action, if any.</summary>
    public long? AccountId { get; init; }

    /// <summary>That account's display name at the time.</summary>
    public string? AccountName { get; init; }

    /// <summary>The message body of this version.</summary>
    public string? Body { get; init; }

    /// <summary>Chatwork's <c>send_time</c> (unix seconds).</summary>
    public long? SendTime { get; init; }

    /// <summary>Chatwork's <c>update_time</c> (unix seconds).</summary>
    public long? UpdateTime { get; init; }

    /// <summary>When the bot observed it, UTC, millisecond precision.</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>How the bot came to know it.</summary>
    public required RecordSource Source { get; init; }

    /// <summary>Kind-specific facts as JSON text.</summary>
    public string? Details { get; init; }

    /// <summary>The hash of the record before this one in the room (<see cref="ChainHash.Zero"/> for the first).</summary>
    public required ChainHash PreviousHash { get; init; }

    /// <summary>SHA-256 over <see cref="PreviousHash"/> and this record's canonical encoding.</summary>
    public required ChainHash Hash { get; init; }
}
