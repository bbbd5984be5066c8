namespace ChatworkGuard.Archive;

/// <summary>What one archive record says, without its place in the chain: shared by <see cref="RecordDraft"/> (what a
/// caller asks to append) and <see cref="ArchiveRecord"/> (what the store holds).</summary>
/// <remarks>Chatwork times stay as Chatwork sends them (unix seconds); <see cref="ObservedAt"/> is kept to the
/// millisecond. Strings are kept exactly, except that U+0000 and unpaired surrogates become U+FFFD, because
/// neither survives UTF-8 or a PostgreSQL text column.</remarks>
public abstract record RecordContent
{
    /// <summary>The Chatwork room id; one hash chain per room.</summary>
    public required long RoomId { get; init; }

    /// <summary>What happened.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>The Chatwork message id (digits, as a string); required for the message kinds.</summary>
    public string? MessageId { get; init; }

    /// <summary>The account that wrote the message or did the action, if any.</summary>
    public long? AccountId { get; init; }

    /// <summary>That account's display name at the time.</summary>
    public string? AccountName { get; init; }

    /// <summary>The message body of this version (or the bot's posted text), exactly as received.</summary>
    public string? Body { get; init; }

    /// <summary>Chatwork's <c>send_time</c> (unix seconds).</summary>
    public long? SendTime { get; init; }

    /// <summary>Chatwork's <c>update_time</c> (unix seconds; 0 when never edited).</summary>
    public long? UpdateTime { get; init; }

    /// <summary>When the bot observed it (stored as UTC milliseconds).</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>How the bot came to know it.</summary>
    public required RecordSource Source { get; init; }

    /// <summary>Kind-specific facts as a JSON text (kept byte for byte), e.g. <see cref="RoomSnapshotDetails"/>.</summary>
    public string? Details { get; init; }
}
