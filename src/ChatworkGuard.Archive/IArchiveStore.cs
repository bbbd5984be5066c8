namespace ChatworkGuard.Archive;

/// <summary>The append-only, hash-chained evidence archive: one chain per room. SQLite and PostgreSQL implement it.</summary>
/// <remarks>
/// Appends are idempotent (see <see cref="IdempotencyKeys"/>) and safe from many threads (and, for PostgreSQL, many
/// processes); each room's records keep the order in which their appends completed. Records are never updated or
/// deleted; the databases refuse it.
/// </remarks>
public interface IArchiveStore : IAsyncDisposable, IDisposable
{
    /// <summary>Where the archive lives, for people: the SQLite file's full path, or the PostgreSQL server and database
    /// (never the connection string, which may hold a password).</summary>
    string Location { get; }

    /// <summary>Creates or migrates the schema (read-write) or checks it (read-only). Other calls do it on first use.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Appends one record to its room's chain, unless its idempotency key is already there.</summary>
    Task<AppendResult> AppendAsync(RecordDraft draft, CancellationToken cancellationToken);

    /// <summary>Appends many records in one transaction (all or none), in list order per room; duplicates add nothing.</summary>
    Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<RecordDraft> drafts, CancellationToken cancellationToken);

    /// <summary>Streams a room's records in sequence order, starting at <paramref name="fromSequence"/>.</summary>
    IAsyncEnumerable<ArchiveRecord> ReadRoomAsync(long roomId, long fromSequence, CancellationToken cancellationToken);

    /// <summary>
    /// Streams a room's records of <paramref name="kinds"/> with sequences from <paramref name="fromSequence"/> through
    /// <paramref name="throughSequence"/>, in sequence order. The kinds are events, never message versions: an index holds
    /// only those records, so the cost follows how many events the room has, not how many messages.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty or names a message kind
    /// (<see cref="RecordKinds.IsMessageKind"/>).</exception>
    IAsyncEnumerable<ArchiveRecord> ReadRoomKindsAsync(
        long roomId, long fromSequence, long throughSequence, IReadOnlyCollection<RecordKind> kinds, CancellationToken cancellationToken);

    /// <summary>Counts a room's records with sequences from <paramref name="fromSequence"/> through
    /// <paramref name="throughSequence"/> by kind, inside the database: no record is read into memory.</summary>
    Task<RecordTally> TallyRoomAsync(long roomId, long fromSequence, long throughSequence, CancellationToken cancellationToken);

    /// <summary>Every room that has records or a chain head, in ascending id order.</summary>
    Task<IReadOnlyList<long>> ListRoomsAsync(CancellationToken cancellationToken);

    /// <summary>The room's stored chain head, or null when the room has never been archived.</summary>
    Task<ChainHead?> GetChainHeadAsync(long roomId, CancellationToken cancellationToken);

    /// <summary>Where the records observed in [<paramref name="observedFrom"/>, <paramref name="observedBefore"/>) lie in the room's chain
    /// (a null bound is open), and the room's first and last observation times: one aggregate query, no record is read
    /// into memory.</summary>
    Task<ObservedRange> FindObservedRangeAsync(long roomId, DateTimeOffset? observedFrom, DateTimeOffset? observedBefore, CancellationToken cancellationToken);

    /// <summary>The latest archived version of each message <paramref name="query"/> covers, read through indexes that
    /// serve exactly those messages: a window's cost follows the window, not the room's history.</summary>
    Task<MessageVersionSlice> GetMessageVersionsAsync(long roomId, MessageVersionQuery query, CancellationToken cancellationToken);
}
