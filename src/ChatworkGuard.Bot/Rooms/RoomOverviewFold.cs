namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// A room's archived records folded in chain order into what <see cref="RoomOverview"/> shows; lifecycle as
/// <see cref="RoomLedger"/> derives it. Only the room's lifecycle, snapshot and profile records are read; messages, edits,
/// deletions and warnings are counted in the database. A fold that is kept catches up with what was appended since
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

    /// <summary>Folds <paramref name="roomId"/>'s chain once (what `chatwork-guard rooms` does); the profile is resolved
    /// against <paramref name="rooms"/>.</summary>
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
    protected override IReadOnlyCollection<RecordKind> AppliedKinds { get; } =
        [RecordKind.RoomJoined, RecordKind.RoomLost, RecordKind.RoomSnapshot, RecordKind.RoomProfile];

    /// <inheritdoc />
    protected override async Task TallyAsync(IArchiveStore archive, long fromSequence, long throughSequence, CancellationToken cancellationToken)
    {
        var tally = await archive.TallyRoomAsync(RoomId, fromSequence, throughSequence, cancellationToken);
        _records += tally.Records;
        _messages += (int)tally.Of(RecordKind.MessageCreated);
        _edits += (int)tally.Of(RecordKind.MessageEdited);
        _deletions += (int)tally.Of(RecordKind.MessageDeleted);
        _warnings += (int)tally.Of(RecordKind.WarningPosted);
        _last = _last is { } seen && (tally.LastObservedAt is not { } latest || seen > latest) ? seen : tally.LastObservedAt;
    }

    /// <inheritdoc />
    protected override void Apply(ArchiveRecord record)
    {
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
            default:
                break;
        }
    }
}
