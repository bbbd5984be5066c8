namespace ChatworkGuard.Bot.Sync;

/// <summary>The slower re-read of quiet but recent rooms, for the edits and deletions a sync cycle cannot see.</summary>
internal sealed class RoomResync(
    IChatworkRoomReader client,
    ISyncCursorStore cursors,
    RoomLedger ledger,
    RoomDirectory rooms,
    ResyncAllowance allowance,
    RoomReader reader,
    IOptionsMonitor<SyncOptions> options,
    TimeProvider time,
    ILogger<RoomResync> logger)
{
    /// <summary>
    /// Re-reads quiet but recent rooms with force=1 at resync priority (the budget serves these last) to catch
    /// edits and deletions that did not move last_update_time or message_num. A room is due once its last read
    /// (stored, so restarts keep it) is <see cref="SyncOptions.ResyncInterval"/> old; the least recently read go
    /// first, as many as <see cref="ResyncAllowance"/> allows. Returns the rooms re-read.
    /// </summary>
    public async Task<int> RunResyncAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var resyncReader = client.WithReadPriority(RequestPriority.Resync);
        var recent = (await resyncReader.GetRoomsAsync(cancellationToken))
            .Where(r => r.Type != RoomType.My && rooms.IsWatched(r.RoomId))
            .Where(r => now - DateTimeOffset.FromUnixTimeSeconds(r.LastUpdateTime) <= settings.ResyncWindow)
            .ToList();

        var stored = await cursors.LoadCursorsAsync(cancellationToken);
        var due = new List<(Room Room, RoomLedgerEntry Entry, DateTimeOffset LastRead)>();
        foreach (var room in recent)
        {
            var entry = await ledger.GetAsync(room.RoomId, cancellationToken);
            if (stored.TryGetValue(room.RoomId, out var cursor))
            {
                entry.Adopt(cursor);
            }

            // A room never read is the sync cycle's to read, not resync's.
            if (entry.Lifecycle == RoomLifecycle.Active && entry.LastReadAt is { } last && now - last >= settings.ResyncInterval)
            {
                due.Add((room, entry, last));
            }
        }

        var granted = allowance.Take(due.Count);
        if (granted < due.Count)
        {
            SyncLog.ResyncDeferred(logger, due.Count - granted, due.Count);
        }

        var reread = 0;
        foreach (var (room, entry, _) in due.OrderBy(d => d.LastRead).Take(granted))
        {
            try
            {
                await reader.ReadAsync(room, entry, RecordSource.Resync, resyncReader, cancellationToken);
                reread++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                SyncLog.RoomFailed(logger, room.RoomId, error);
            }
        }

        return reread;
    }
}
