namespace ChatworkGuard.Bot.Sync;

/// <summary>Told when the sync joins, first sees (per process) or loses a room; the escrow schedule listens.</summary>
internal interface IRoomLifecycleListener
{
    /// <summary>The room is watched and active: joined now, or seen for the first time since start.</summary>
    Task OnRoomActiveAsync(long roomId, CancellationToken cancellationToken);

    /// <summary>The room was archived as lost.</summary>
    Task OnRoomLostAsync(long roomId, CancellationToken cancellationToken);
}
