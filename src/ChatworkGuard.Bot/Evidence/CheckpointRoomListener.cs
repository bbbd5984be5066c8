namespace ChatworkGuard.Bot.Evidence;

/// <summary>Takes a checkpoint when a room is lost: its chain will not move again, so its last head is fixed now.</summary>
internal sealed partial class CheckpointRoomListener : IRoomLifecycleListener
{
    private readonly CheckpointService _checkpoints;
    private readonly ILogger<CheckpointRoomListener> _logger;

    public CheckpointRoomListener(CheckpointService checkpoints, ILogger<CheckpointRoomListener> logger)
    {
        _checkpoints = checkpoints;
        _logger = logger;
    }

    public Task OnRoomActiveAsync(long roomId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnRoomLostAsync(long roomId, CancellationToken cancellationToken)
    {
        try
        {
            await _checkpoints.TakeAsync(CheckpointCause.RoomLost, null, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The room-lost record is archived already; the next regular checkpoint covers it.
            Log.CheckpointFailed(_logger, roomId, error);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1803, Level = LogLevel.Warning, Message = "Could not take the checkpoint after room {RoomId} was lost; the next regular checkpoint covers it")]
        public static partial void CheckpointFailed(ILogger logger, long roomId, Exception error);
    }
}
