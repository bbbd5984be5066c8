namespace ChatworkGuard.Bot.Sync;

/// <summary>Tells every <see cref="IRoomLifecycleListener"/> that a room became active or was lost, in registration order, awaited.</summary>
internal sealed class RoomLifecycleAnnouncer
{
    private readonly IReadOnlyList<IRoomLifecycleListener> _listeners;

    public RoomLifecycleAnnouncer(IEnumerable<IRoomLifecycleListener> listeners) => _listeners = [.. listeners];

    /// <summary>Announces the room as active once per process: joined now, or seen for the first time since start.</summary>
    public async Task AnnounceActiveAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.AnnouncedActive)
        {
            return;
        }

        foreach (var listener in _listeners)
        {
            await listener.OnRoomActiveAsync(entry.RoomId, cancellationToken);
        }

        entry.AnnouncedActive = true;
    }

    /// <summary>Announces that the room was archived as lost.</summary>
    public async Task AnnounceLostAsync(long roomId, CancellationToken cancellationToken)
    {
        foreach (var listener in _listeners)
        {
            await listener.OnRoomLostAsync(roomId, cancellationToken);
        }
    }
}
