namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// One sync cycle: accept contact requests, GET /rooms once, join new rooms, re-read changed rooms with force=1,
/// archive lost rooms. Each step is its own type; this one runs them in order and reports what they did.
/// </summary>
internal sealed class RoomSyncCycle(
    IChatworkRoomReader client,
    ContactRequestAcceptor contacts,
    SyncPlanner planner,
    RoomJoiner joiner,
    RoomReader reader,
    RoomLifecycleAnnouncer announcer,
    LostRoomDetector lostRooms,
    TimeProvider time,
    ILogger<RoomSyncCycle> logger)
{
    /// <summary>When the last cycle completed without a failure of GET /rooms.</summary>
    public DateTimeOffset? LastSuccessfulCycleAt { get; private set; }

    /// <summary>Runs one cycle. Rooms are processed one by one; one room's failure does not stop the others.</summary>
    public async Task<SyncCycleReport> RunCycleAsync(CancellationToken cancellationToken)
    {
        await contacts.AcceptContactRequestsAsync(cancellationToken);
        var plan = await planner.PlanAsync(cancellationToken);

        int joined = 0, read = 0, failed = 0, added = 0;
        foreach (var (room, entry) in plan.Due)
        {
            try
            {
                if (entry.Lifecycle != RoomLifecycle.Active)
                {
                    added += await joiner.JoinAsync(room, entry, cancellationToken);
                    joined++;
                }
                else
                {
                    added += await reader.ReadAsync(room, entry, RecordSource.Poll, client, cancellationToken);
                    read++;
                }

                await announcer.AnnounceActiveAsync(entry, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                failed++;
                SyncLog.RoomFailed(logger, room.RoomId, error);
            }
        }

        var lost = await lostRooms.DetectLostRoomsAsync(plan.Listed.Select(r => r.RoomId).ToHashSet(), cancellationToken);
        LastSuccessfulCycleAt = time.GetUtcNow();
        var report = new SyncCycleReport(plan.Listed.Count, joined, read, lost, added, failed);
        SyncLog.CycleDone(logger, report.RoomsListed, report.Joined, report.Read, report.Lost, report.RecordsAdded, report.Failed);
        return report;
    }
}
