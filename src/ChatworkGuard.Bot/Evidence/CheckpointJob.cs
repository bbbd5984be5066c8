namespace ChatworkGuard.Bot.Evidence;

/// <summary>The regular checkpoint every Evidence:CheckpointInterval; never twice at once (clustered: on one instance).</summary>
[DisallowConcurrentExecution]
internal sealed class CheckpointJob(CheckpointService checkpoints) : IJob
{
    /// <summary>The job's key in the scheduler.</summary>
    public static readonly JobKey Key = new("checkpoint", "chatwork-guard");

    // The scheduled time, not the moment the job got a thread: consecutive runs are then exactly one interval apart,
    // which is what "at most one witness post per interval" compares against.
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await checkpoints.TakeAsync(CheckpointCause.Interval, context.ScheduledFireTimeUtc, cancellationToken);
}
