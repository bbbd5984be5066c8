namespace ChatworkGuard.Bot.Escrow;

/// <summary>
/// Keeps one durable reminder job per watched room in Quartz's persistent store, with a cron trigger in the room's
/// time zone. The trigger's misfire policy is fire-once-and-proceed: a reminder due while the bot was down fires
/// once on start, not once per missed slot.
/// </summary>
internal sealed class EscrowScheduler
{
    private const string Group = "escrow";

    private readonly ISchedulerFactory _factory;
    private readonly IOptionsMonitor<EscrowOptions> _options;

    public EscrowScheduler(ISchedulerFactory factory, IOptionsMonitor<EscrowOptions> options)
    {
        _factory = factory;
        _options = options;
    }

    /// <summary>The job key of a room's reminders.</summary>
    public static JobKey JobKeyOf(long roomId) => new("escrow-" + roomId.ToString(CultureInfo.InvariantCulture), Group);

    /// <summary>The cron trigger key of a room's reminders.</summary>
    public static TriggerKey CronKeyOf(long roomId) => new("escrow-cron-" + roomId.ToString(CultureInfo.InvariantCulture), Group);

    /// <summary>The one-off trigger key of a reminder deferred past quiet hours.</summary>
    public static TriggerKey DeferredKeyOf(long roomId) => new("escrow-deferred-" + roomId.ToString(CultureInfo.InvariantCulture), Group);

    /// <summary>Schedules (or re-schedules, when the configuration changed) the room's reminders.</summary>
    public async Task EnsureAsync(long roomId, CancellationToken cancellationToken)
    {
        if (!_options.CurrentValue.Enabled)
        {
            return;
        }

        var scheduler = await _factory.GetScheduler(cancellationToken);
        var schedule = EscrowSchedule.For(_options.CurrentValue, roomId);
        if (await scheduler.GetTrigger(CronKeyOf(roomId), cancellationToken) is ICronTrigger existing
            && existing.CronExpressionString == schedule.Cron
            && existing.TimeZone.Id == schedule.Zone.Id
            && await scheduler.GetJobDetail(JobKeyOf(roomId), cancellationToken) is { RequestsRecovery: true })
        {
            return;
        }

        // RequestRecovery: a run cut off by a crash or a killed instance runs again (on the next start, or on another
        // instance of a cluster) and archives the reminder it may have posted before it died (EscrowReminderJob).
        var job = JobBuilder.Create<EscrowReminderJob>()
            .WithIdentity(JobKeyOf(roomId))
            .UsingJobData(EscrowReminderJob.RoomIdKey, roomId.ToString(CultureInfo.InvariantCulture))
            .StoreDurably()
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(CronKeyOf(roomId))
            .ForJob(job)
            .WithCronSchedule(schedule.Cron, cron => cron
                .InTimeZone(schedule.Zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    /// <summary>Runs the room's reminder once more at <paramref name="at"/> (the end of its quiet hours).</summary>
    public async Task DeferAsync(long roomId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await _factory.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(DeferredKeyOf(roomId))
            .ForJob(JobKeyOf(roomId))
            .StartAt(at)
            .Build();
        if (await scheduler.Exists(DeferredKeyOf(roomId), cancellationToken))
        {
            await scheduler.RescheduleJob(DeferredKeyOf(roomId), trigger, cancellationToken);
        }
        else
        {
            await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
        }
    }

    /// <summary>Removes the room's reminders (room lost, or escrow reminders switched off).</summary>
    public async Task RemoveAsync(long roomId, CancellationToken cancellationToken)
    {
        var scheduler = await _factory.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(JobKeyOf(roomId), cancellationToken);
    }
}
