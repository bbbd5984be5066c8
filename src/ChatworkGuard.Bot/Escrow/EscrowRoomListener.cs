namespace ChatworkGuard.Bot.Escrow;

/// <summary>Schedules a room's escrow reminders while the room is active and removes them when it is lost.</summary>
internal sealed class EscrowRoomListener : IRoomLifecycleListener
{
    private readonly EscrowScheduler _scheduler;

    public EscrowRoomListener(EscrowScheduler scheduler) => _scheduler = scheduler;

    public Task OnRoomActiveAsync(long roomId, CancellationToken cancellationToken) => _scheduler.EnsureAsync(roomId, cancellationToken);

    public Task OnRoomLostAsync(long roomId, CancellationToken cancellationToken) => _scheduler.RemoveAsync(roomId, cancellationToken);
}
