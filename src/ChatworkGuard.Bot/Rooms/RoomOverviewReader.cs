using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>Folds a room's archived records into its <see cref="RoomOverview"/>; lifecycle as <see cref="RoomLedger"/> derives it.</summary>
internal static class RoomOverviewReader
{
    /// <summary>Reads every record of <paramref name="roomId"/> once; the profile is resolved against <paramref name="rooms"/>
    /// (the bot's Rooms settings, or the defaults for an archive from elsewhere).</summary>
    public static async Task<RoomOverview> ReadAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken, RoomsOptions? rooms = null)
    {
        var profile = new RoomProfileState();
        RoomSnapshotDetails? snapshot = null;
        ArgumentNullException.ThrowIfNull(archive);
        var state = RoomLifecycle.Unknown;
        var name = "";
        long records = 0;
        int messages = 0, edits = 0, deletions = 0, warnings = 0;
        DateTimeOffset? last = null;
        await foreach (var record in archive.ReadRoomAsync(roomId, 0, cancellationToken))
        {
            records++;
            last = last is { } seen && seen > record.ObservedAt ? seen : record.ObservedAt;
            switch (record.Kind)
            {
                case RecordKind.RoomJoined:
                    state = RoomLifecycle.Active;
                    break;
                case RecordKind.RoomLost:
                    state = RoomLifecycle.Lost;
                    break;
                case RecordKind.RoomSnapshot:
                    snapshot = RoomSnapshotDetails.TryParse(record.Details) ?? snapshot;
                    name = snapshot?.Name ?? name;
                    break;
                case RecordKind.RoomProfile:
                    profile.Apply(RoomProfileDetails.TryParse(record.Details));
                    break;
                case RecordKind.MessageCreated:
                    messages++;
                    break;
                case RecordKind.MessageEdited:
                    edits++;
                    break;
                case RecordKind.MessageDeleted:
                    deletions++;
                    break;
                case RecordKind.WarningPosted:
                    warnings++;
                    break;
                default:
                    break;
            }
        }

        return new RoomOverview(roomId, name, state, records, messages, edits, deletions, warnings, last)
        {
            ReadBy = snapshot?.ReadBy,
            Profile = EffectiveProfile.Resolve(roomId, rooms ?? new RoomsOptions(), new Notifications.NotificationsOptions(), profile, snapshot, null),
        };
    }
}
