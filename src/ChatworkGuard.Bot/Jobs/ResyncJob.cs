namespace ChatworkGuard.Bot.Jobs;

/// <summary>The slower re-read of quiet but recent rooms; never runs twice at once.</summary>
[DisallowConcurrentExecution]
internal sealed class ResyncJob(RoomResync resync) : IJob
{
    /// <summary>The job's key in the scheduler.</summary>
    public static readonly JobKey Key = new("resync", "chatwork-guard");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await resync.RunResyncAsync(cancellationToken);
}
