using ChatworkGuard.Bot.Jobs;

namespace ChatworkGuard.Bot.Health;

/// <summary>
/// Readiness: a sync cycle completed recently (Health:MaxSyncAge, default 3 × Sync:Interval). Before the first cycle
/// the bot is not ready: on start it reconciles every watched room before anything else. With a clustered job store
/// the cycle fires on one instance at a time, so an instance that did not run it lately asks the shared store when
/// the cycle last fired on any instance.
/// </summary>
internal sealed class SyncHealthCheck : IHealthCheck
{
    private const int IntervalsBeforeStale = 3;

    private readonly ISyncStatus _status;
    private readonly IServiceProvider _services;
    private readonly IOptionsMonitor<SyncOptions> _sync;
    private readonly IOptionsMonitor<HealthOptions> _health;
    private readonly TimeProvider _time;

    public SyncHealthCheck(ISyncStatus status, IServiceProvider services, IOptionsMonitor<SyncOptions> sync, IOptionsMonitor<HealthOptions> health, TimeProvider time)
    {
        _status = status;
        _services = services;
        _sync = sync;
        _health = health;
        _time = time;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sync = _sync.CurrentValue;
        if (!sync.Enabled)
        {
            return HealthCheckResult.Healthy("disabled (Sync:Enabled=false)", new Dictionary<string, object> { ["disabled"] = true });
        }

        var limit = _health.CurrentValue.MaxSyncAge ?? sync.Interval * IntervalsBeforeStale;
        var now = _time.GetUtcNow();
        var data = new Dictionary<string, object> { ["maxAgeSeconds"] = limit.TotalSeconds };
        var last = _status.LastSuccessfulCycleAt;
        if (last is { } local)
        {
            data["lastSuccessAt"] = local;
            data["ageSeconds"] = Math.Round((now - local).TotalSeconds, 3);
            if (now - local <= limit)
            {
                return HealthCheckResult.Healthy(Describe("the last sync cycle completed", now - local, limit), data);
            }
        }

        if (await ClusterLastFiredAsync(cancellationToken) is { } fired)
        {
            data["clusterLastFiredAt"] = fired;
            if (now - fired <= limit)
            {
                return HealthCheckResult.Healthy(Describe("the sync cycle runs on the cluster; it last fired", now - fired, limit), data);
            }
        }

        return HealthCheckResult.Unhealthy(
            last is { } stale ? Describe("the last sync cycle completed", now - stale, limit) : "no sync cycle has completed yet",
            data: data);
    }

    private static string Describe(string what, TimeSpan age, TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {Math.Max(0, age.TotalSeconds):0} s ago (limit {limit.TotalSeconds:0} s)");

    // The trigger's previous fire time lives in the shared store: whichever instance fired it last updated it.
    private async Task<DateTimeOffset?> ClusterLastFiredAsync(CancellationToken cancellationToken)
    {
        if (_services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return null;
        }

        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            if (!(await scheduler.GetMetadata(cancellationToken)).JobStoreClustered)
            {
                return null;
            }

            return (await scheduler.GetTrigger(SyncJob.TriggerKey, cancellationToken))?.PreviousFireTimeUtc;
        }
        catch (SchedulerException)
        {
            // No scheduler to ask (shut down): only this instance's own cycles count.
            return null;
        }
    }
}
