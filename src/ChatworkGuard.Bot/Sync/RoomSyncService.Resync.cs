using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>
    /// Re-reads quiet but recent rooms with force=1 at resync priority (the budget serves these last) to catch
    /// edits and deletions that did not move last_update_time or message_num. Returns the rooms re-read.
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

        var reread = 0;
        foreach (var room in rooms)
        {
            var entry = await _ledger.GetAsync(room.RoomId, cancellationToken);
            if (entry.Lifecycle != RoomLifecycle.Active || entry.LastReadAt is not { } last || now - last < options.ResyncInterval)
            {
                continue;
            }

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
