namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// A room's archived records folded in chain order into what <see cref="RoomOverview"/> shows; lifecycle as
/// <see cref="RoomLedger"/> derives it. A fold that is kept reads only what was appended since
/// (<see cref="ChainFold.CatchUpAsync"/>).
/// </summary>
internal sealed class RoomOverviewFold(long roomId) : ChainFold(roomId)
{
    private readonly RoomProfileState _profile = new();
    private RoomSnapshotDetails? _snapshot;
    private RoomLifecycle _state = RoomLifecycle.Unknown;
    private string _name = "";
    private long _records;
    private int _messages, _edits, _deletions, _warnings;
    private DateTimeOffset? _last;

    /// <summary>Reads every record of <paramref name="roomId"/> once (what `chatwork-guard rooms` does); the profile is
    /// resolved against <paramref name="rooms"/>.</summary>
    public static async Task<RoomOverview> ReadAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken, RoomsOptions? rooms = null)
    {
        using var fold = new RoomOverviewFold(roomId);
        await fold.CatchUpAsync(archive, cancellationToken);
        return fold.ToOverview(rooms);
    }

    /// <summary>The overview as folded so far; the profile is resolved against <paramref name="rooms"/> (the bot's Rooms
    /// settings as they are now, or the defaults for an archive from elsewhere).</summary>
    public RoomOverview ToOverview(RoomsOptions? rooms = null) =>
        new(RoomId, _name, _state, _records, _messages, _edits, _deletions, _warnings, _last)
        {
            ReadBy = _snapshot?.ReadBy,
            Profile = EffectiveProfile.Resolve(RoomId, rooms ?? new RoomsOptions(), new Notifications.NotificationsOptions(), _profile, _snapshot, null),
        };

    /// <inheritdoc />
    protected override void Apply(ArchiveRecord record)
    {
        _records++;
        _last = _last is { } seen && seen > record.ObservedAt ? seen : record.ObservedAt;
        switch (record.Kind)
        {
            case RecordKind.RoomJoined:
                _state = RoomLifecycle.Active;
                break;
            case RecordKind.RoomLost:
                _state = RoomLifecycle.Lost;
                break;
            case RecordKind.RoomSnapshot:
                _snapshot = RoomSnapshotDetails.TryParse(record.Details) ?? _snapshot;
                _name = _snapshot?.Name ?? _name;
                break;
            case RecordKind.RoomProfile:
                _profile.Apply(RoomProfileDetails.TryParse(record.Details));
                break;
            case RecordKind.MessageCreated:
                _messages++;
                break;
            case RecordKind.MessageEdited:
                _edits++;
                break;
            case RecordKind.MessageDeleted:
                _deletions++;
                break;
            case RecordKind.WarningPosted:
                _warnings++;
                break;
            default:
                break;
        }
    }
}
