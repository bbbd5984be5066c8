namespace ChatworkGuard.Bot.Health;

/// <summary>Readiness: the Quartz scheduler that runs the sync cycle (and reminders) is running.</summary>
internal sealed class SchedulerHealthCheck(IServiceProvider services, IOptionsMonitor<SyncOptions> sync) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The bot always registers Quartz (escrow reminders); a host without it (a tool, a test) is not a fault unless sync is on.
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return sync.CurrentValue.Enabled
                ? HealthCheckResult.Unhealthy("no scheduler is registered although Sync:Enabled is true")
                : HealthCheckResult.Healthy("disabled (Sync:Enabled=false)", new Dictionary<string, object> { ["disabled"] = true });
        }

        IScheduler scheduler;
        try
        {
            scheduler = await factory.GetScheduler(cancellationToken);
        }
        catch (SchedulerException error)
        {
            // A scheduler that has shut down is not handed out again.
            return HealthCheckResult.Unhealthy("the scheduler is unavailable (see the log)", error);
        }

        var status = await scheduler.GetStatus(cancellationToken);
        // Not the instance id: a clustered scheduler's is generated from the host name.
        var data = new Dictionary<string, object> { ["status"] = status.ToString() };
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("the scheduler is running", data)
            : HealthCheckResult.Unhealthy($"the scheduler is {status}, not running", data: data);
    }
}
