using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// A room's archived records folded in chain order into what <see cref="RoomOverview"/> shows; lifecycle as
/// <see cref="RoomLedger"/> derives it. A fold that is kept reads only what was appended since (<see cref="CatchUpAsync"/>),
/// so a room with a long history costs its new records, not its whole chain, each time its head moves.
/// </summary>
internal sealed class RoomOverviewFold(long roomId) : IDisposable
{
    private readonly RoomProfileState _profile = new();
    // Pages may ask for the same room at once; one catch-up at a time keeps every record counted once.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RoomSnapshotDetails? _snapshot;
    private RoomLifecycle _state = RoomLifecycle.Unknown;
    private string _name = "";
    private long _records;
    private int _messages, _edits, _deletions, _warnings;
    private DateTimeOffset? _last;

    /// <summary>The first sequence not folded yet (0 before any record).</summary>
    public long NextSequence { get; private set; }

    /// <summary>Reads every record of <paramref name="roomId"/> once (what `chatwork-guard rooms` does); the profile is
    /// resolved against <paramref name="rooms"/>.</summary>
    public static async Task<RoomOverview> ReadAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken, RoomsOptions? rooms = null)
    {
        using var fold = new RoomOverviewFold(roomId);
        await fold.CatchUpAsync(archive, cancellationToken);
        return fold.ToOverview(rooms);
    }

    /// <summary>Folds the records appended since the last call, in chain order.</summary>
    public async Task CatchUpAsync(IArchiveStore archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await foreach (var record in archive.ReadRoomAsync(roomId, NextSequence, cancellationToken))
            {
                Apply(record);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The overview as folded so far; the profile is resolved against <paramref name="rooms"/> (the bot's Rooms
    /// settings as they are now, or the defaults for an archive from elsewhere).</summary>
    public RoomOverview ToOverview(RoomsOptions? rooms = null) =>
        new(roomId, _name, _state, _records, _messages, _edits, _deletions, _warnings, _last)
        {
            ReadBy = _snapshot?.ReadBy,
            Profile = EffectiveProfile.Resolve(roomId, rooms ?? new RoomsOptions(), new Notifications.NotificationsOptions(), _profile, _snapshot, null),
        };

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private void Apply(ArchiveRecord record)
    {
        _records++;
        NextSequence = record.Sequence + 1;
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
