namespace ChatworkGuard.Archive;

/// <summary>
/// State folded from one room's chain in sequence order that can be brought up to date later: it remembers the first
/// sequence it has not read, so <see cref="CatchUpAsync"/> reads only what was appended since. A room with a long history
/// then costs its new records, not its whole chain, each time its head moves.
/// </summary>
public abstract class ChainFold : IDisposable
{
    // Readers may ask for the same room at once; one catch-up at a time keeps every record folded exactly once.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>A fold of <paramref name="roomId"/>'s chain that has read nothing yet.</summary>
    protected ChainFold(long roomId) => RoomId = roomId;

    /// <summary>The room whose chain is folded.</summary>
    public long RoomId { get; }

    /// <summary>The first sequence not folded yet (0 before any record).</summary>
    public long NextSequence { get; private set; }

    /// <summary>Folds the records appended since the last call, in chain order.</summary>
    public async Task CatchUpAsync(IArchiveStore archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (AppliedKinds is { } kinds)
            {
                NextSequence = await archive.ApplyEventsAsync(RoomId, NextSequence, kinds, Apply, cancellationToken,
                    (from, through) => TallyAsync(archive, from, through, cancellationToken));
                return;
            }

            await foreach (var record in archive.ReadRoomAsync(RoomId, NextSequence, cancellationToken))
            {
                Apply(record);
                NextSequence = record.Sequence + 1;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The kinds <see cref="Apply"/> reads, none of them a message kind; null (the default) for every record.
    /// With kinds, a catch-up reads only those records, through the index of the records that are not messages, and
    /// leaves what is only counted to <see cref="TallyAsync"/>.</summary>
    protected virtual IReadOnlyCollection<RecordKind>? AppliedKinds => null;

    /// <summary>Folds one record; called in sequence order, once per record, never concurrently.</summary>
    protected abstract void Apply(ArchiveRecord record);

    /// <summary>With <see cref="AppliedKinds"/>: called once per catch-up, before the records of the stretch
    /// [<paramref name="fromSequence"/>, <paramref name="throughSequence"/>] are applied, for what the fold counts
    /// rather than reads (<see cref="IArchiveStore.TallyRoomAsync"/>).</summary>
    protected virtual Task TallyAsync(IArchiveStore archive, long fromSequence, long throughSequence, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the catch-up gate.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }
}
