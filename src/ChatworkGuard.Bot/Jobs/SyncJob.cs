namespace ChatworkGuard.Bot.Jobs;

/// <summary>The sync cycle as a Quartz job; never runs twice at once (and, clustered, on one instance only).</summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob : IJob
{
    /// <summary>The job's key in the scheduler.</summary>
    public static readonly JobKey Key = new("sync", "chatwork-guard");

    /// <summary>The key of the trigger that fires the cycle every Sync:Interval (/readyz reads its last fire time in a cluster).</summary>
    public static readonly TriggerKey TriggerKey = new("sync-every-interval", "chatwork-guard");

    private readonly RoomSyncCycle _sync;

    public SyncJob(RoomSyncCycle sync) => _sync = sync;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await _sync.RunCycleAsync(cancellationToken);
}
