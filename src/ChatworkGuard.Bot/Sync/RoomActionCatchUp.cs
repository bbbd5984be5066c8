namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Acts on what a killed process archived but did not act on (<see cref="MessageActionPipeline.ReplayPendingAsync"/>):
/// once per room and process, before the room is read, and again whenever a room's actions have stalled for
/// <see cref="StalledAfter"/>, so a cluster whose dead instance never comes back still answers the message.
/// </summary>
internal sealed class RoomActionCatchUp(MessageActionPipeline actions, ISyncCursorStore cursors, TimeProvider time, ILogger<RoomActionCatchUp> logger)
{
    /// <summary>How long a message's actions may stay undone before another instance takes them over: twice Chatwork's
    /// rate-limit window, so an instance only waiting for budget is normally done first. One slower still does not make
    /// the room warned twice: posts are recognised in the room and decided under the room's lock.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(10);

    /// <summary>The cutoff and the rooms whose actions stalled before it, for one cycle (one query for every room).</summary>
    public async Task<StalledActions> FindStalledAsync(CancellationToken cancellationToken)
    {
        var archivedBefore = time.GetUtcNow() - StalledAfter;
        return new StalledActions(archivedBefore, await cursors.FindRoomsWithStalledActionsAsync(archivedBefore, cancellationToken));
    }

    /// <summary>Replays the room's pending actions unless this process already did and none stalled; a failure is logged
    /// and retried next cycle.</summary>
    public async Task CatchUpAsync(RoomLedgerEntry entry, StalledActions stalled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stalled);
        if (entry.Lifecycle != RoomLifecycle.Active)
        {
            return;
        }

        try
        {
            if (!entry.ActionsReplayed)
            {
                await actions.ReplayPendingAsync(entry.RoomId, archivedBefore: null, cancellationToken);
                entry.ActionsReplayed = true;
            }
            else if (stalled.Rooms.Contains(entry.RoomId))
            {
                await actions.ReplayPendingAsync(entry.RoomId, stalled.ArchivedBefore, cancellationToken);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SyncLog.RoomFailed(logger, entry.RoomId, error);
        }
    }
}

/// <summary>Rooms holding message records archived before <paramref name="ArchivedBefore"/> whose actions are not done.</summary>
internal sealed record StalledActions(DateTimeOffset ArchivedBefore, IReadOnlySet<long> Rooms);
