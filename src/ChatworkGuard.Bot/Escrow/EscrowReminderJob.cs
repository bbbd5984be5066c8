using Quartz;

namespace ChatworkGuard.Bot.Escrow;

/// <summary>A room's scheduled escrow reminder (one durable job per room, a cron trigger in the room's time zone).</summary>
[DisallowConcurrentExecution]
internal sealed class EscrowReminderJob : IJob
{
    /// <summary>The job-data key holding the room id.</summary>
    public const string RoomIdKey = "roomId";

    private readonly EscrowService _escrow;
    private readonly EscrowScheduler _scheduler;

    public EscrowReminderJob(EscrowService escrow, EscrowScheduler scheduler)
    {
        _escrow = escrow;
        _scheduler = scheduler;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var roomId = Convert.ToInt64(context.MergedJobDataMap[RoomIdKey], System.Globalization.CultureInfo.InvariantCulture);
        var (outcome, retryAt) = await _escrow.RunScheduledAsync(roomId, cancellationToken);
        if (outcome == ScheduledReminderOutcome.Deferred && retryAt is { } at)
        {
            await _scheduler.DeferAsync(roomId, at, cancellationToken);
        }
    }
}
