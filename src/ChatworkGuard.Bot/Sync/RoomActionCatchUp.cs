namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Once per room and process, before the room is read: acts on what a killed process archived but did not act on
/// (<see cref="MessageActionPipeline.ReplayPendingAsync"/>).
/// </summary>
internal sealed class RoomActionCatchUp(MessageActionPipeline actions, ILogger<RoomActionCatchUp> logger)
{
    /// <summary>Replays the room's pending actions unless this process already did; a failure is logged and retried next cycle.</summary>
    public async Task CatchUpAsync(RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Lifecycle != RoomLifecycle.Active || entry.ActionsReplayed)
        {
            return;
        }

        try
        {
            await actions.ReplayPendingAsync(entry.RoomId, cancellationToken);
            entry.ActionsReplayed = true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SyncLog.RoomFailed(logger, entry.RoomId, error);
        }
    }
}
