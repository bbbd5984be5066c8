namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>
/// The rooms page's lines, read through the archive, the bot's <see cref="RoomLedger"/> and a <see cref="RoomOverviewFold"/>
/// per room (what `chatwork-guard rooms` shows). Each room's fold is kept and reads only the records appended since the
/// last page, so a page for many quiet rooms costs one head lookup per room and a busy room costs its new records, not its
/// history. <see cref="ConsoleRoomListWarmup"/> folds every room once when the host starts, before a lead asks.
/// </summary>
internal sealed class ConsoleRoomList : IDisposable
{
    private readonly IArchiveStore _archive;
    private readonly RoomLedger _ledger;
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, RoomOverviewFold> _folds = new();

    public ConsoleRoomList(IArchiveStore archive, RoomLedger ledger, IOptionsMonitor<RoomsOptions> rooms, TimeProvider time)
    {
        _archive = archive;
        _ledger = ledger;
        _rooms = rooms;
        _time = time;
    }

    /// <summary>Every archived room, in room id order.</summary>
    public Task<IReadOnlyList<ConsoleRoomRow>> ReadAsync(CancellationToken cancellationToken) =>
        ArchivedRooms.ReadEachAsync(_archive, ReadAsync, cancellationToken);

    /// <summary>One room's line; null when the archive does not know the room.</summary>
    public async Task<ConsoleRoomRow?> FindAsync(long roomId, CancellationToken cancellationToken) =>
        await _archive.GetChainHeadAsync(roomId, cancellationToken) is null ? null : await ReadAsync(roomId, cancellationToken);

    private async Task<ConsoleRoomRow> ReadAsync(long roomId, CancellationToken cancellationToken)
    {
        var head = await _archive.GetChainHeadAsync(roomId, cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var fold = _folds.GetOrAdd(roomId, static id => new RoomOverviewFold(id));
        if (fold.NextSequence <= sequence)
        {
            await fold.CatchUpAsync(_archive, cancellationToken);
        }

        // Resolved now, so a profile changed in appsettings shows on the next page even in a room that stayed quiet.
        var overview = fold.ToOverview(_rooms.CurrentValue);
        var entry = await _ledger.GetAsync(roomId, cancellationToken);
        if (entry.NextSequence <= sequence)
        {
            entry = await _ledger.RefreshAsync(roomId, cancellationToken);
        }

        var delay = entry.ChangedSince is { } since ? _time.GetUtcNow() - since : (TimeSpan?)null;
        return new ConsoleRoomRow(
            roomId,
            overview.Name,
            overview.State,
            overview.Profile?.Platform.ToString() ?? "",
            entry.Snapshot?.Members.Count ?? 0,
            overview.Messages,
            overview.Edits,
            overview.Deletions,
            overview.Warnings,
            entry.Escrow,
            overview.LastRecordAt,
            delay);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var fold in _folds.Values)
        {
            fold.Dispose();
        }
    }
}
