using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>
    /// Re-reads quiet but recent rooms with force=1 at resync priority (the budget serves these last) to catch
    /// edits and deletions that did not move last_update_time or message_num. A room is due once its last read
    /// (stored, so restarts keep it) is <see cref="SyncOptions.ResyncInterval"/> old; the least recently read go
    /// first, as many as <see cref="ResyncAllowance"/> allows. Returns the rooms re-read.
    /// </summary>
    public async Task<int> RunResyncAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var now = _time.GetUtcNow();
        var reader = _client.WithReadPriority(RequestPriority.Resync);
        var rooms = (await reader.GetRoomsAsync(cancellationToken))
            .Where(r => r.Type != RoomType.My && _rooms.IsWatched(r.RoomId))
            .Where(r => now - DateTimeOffset.FromUnixTimeSeconds(r.LastUpdateTime) <= options.ResyncWindow)
            .ToList();

        var cursors = await _cursors.LoadCursorsAsync(cancellationToken);
        var due = new List<(Room Room, RoomLedgerEntry Entry, DateTimeOffset LastRead)>();
        foreach (var room in rooms)
        {
            var entry = await _ledger.GetAsync(room.RoomId, cancellationToken);
            if (cursors.TryGetValue(room.RoomId, out var cursor))
            {
                entry.Adopt(cursor);
            }

            // A room never read is the sync cycle's to read, not resync's.
            if (entry.Lifecycle == RoomLifecycle.Active && entry.LastReadAt is { } last && now - last >= options.ResyncInterval)
            {
                due.Add((room, entry, last));
            }
        }

        var granted = _resyncAllowance.Take(due.Count);
        if (granted < due.Count)
        {
            Log.ResyncDeferred(_logger, due.Count - granted, due.Count);
        }

        var reread = 0;
        foreach (var (room, entry, _) in due.OrderBy(d => d.LastRead).Take(granted))
        {
            try
            {
                await ReadAsync(room, entry, RecordSource.Resync, reader, cancellationToken);
                reread++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Log.RoomFailed(_logger, room.RoomId, error);
            }
        }

        return reread;
    }
}
