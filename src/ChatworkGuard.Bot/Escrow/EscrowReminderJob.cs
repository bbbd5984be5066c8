namespace ChatworkGuard.Bot.Escrow;

/// <summary>A room's scheduled escrow reminder (one durable job per room, a cron trigger in the room's time zone).</summary>
[DisallowConcurrentExecution]
internal sealed class EscrowReminderJob(EscrowService escrow, EscrowScheduler scheduler) : IJob
{
    /// <summary>The job-data key holding the room id.</summary>
    public const string RoomIdKey = "roomId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var roomId = Convert.ToInt64(context.MergedJobDataMap[RoomIdKey], System.Globalization.CultureInfo.InvariantCulture);
        // Recovering: the run this stands for died mid-way, perhaps after posting its reminder and before archiving it.
        // Quartz schedules a recovering run for the time the run that died fired at.
        var recoveringSlot = context.Recovering ? context.ScheduledFireTimeUtc ?? context.FireTimeUtc : (DateTimeOffset?)null;
        var (outcome, retryAt) = await escrow.RunScheduledAsync(roomId, cancellationToken, recoveringSlot);
        if (outcome == ScheduledReminderOutcome.Deferred && retryAt is { } at)
        {
            await scheduler.DeferAsync(roomId, at, cancellationToken);
        }
    }
}
