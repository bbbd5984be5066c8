using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>Archives a room-snapshot when the room's name or members differ from the last snapshot.</summary>
    private async Task<IReadOnlyList<ArchiveRecord>> SnapshotIfChangedAsync(Room room, RoomLedgerEntry entry, RecordSource source, IChatworkClient reader, CancellationToken cancellationToken)
    {
        var members = await reader.GetMembersAsync(room.RoomId, cancellationToken);
        var snapshot = ToSnapshot(room.Name, members, _profiles.Of(entry).Platform.ToString());
        if (entry.Snapshot is { } previous
            && previous.Name == snapshot.Name
            && previous.Members.SequenceEqual(snapshot.Members))
        {
            return [];
        }

        var result = (await _ingestor.ArchiveAsync(
            [
                new RecordDraft
                {
                    RoomId = room.RoomId,
                    Kind = RecordKind.RoomSnapshot,
                    ObservedAt = _time.GetUtcNow(),
                    Source = source,
                    Details = snapshot.ToJson(),
                },
            ],
            cancellationToken))[0];
        entry.Snapshot = snapshot;
        entry.Name = room.Name;
        return result.Added ? [result.Record] : [];
    }
}
