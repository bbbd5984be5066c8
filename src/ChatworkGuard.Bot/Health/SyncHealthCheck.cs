using System.Globalization;
using ChatworkGuard.Bot.Sync;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Health;

/// <summary>
/// Readiness: a sync cycle completed recently (Health:MaxSyncAge, default 3 × Sync:Interval). Before the first cycle
/// the bot is not ready: on start it reconciles every watched room before anything else.
/// </summary>
internal sealed class SyncHealthCheck : IHealthCheck
{
    private const int IntervalsBeforeStale = 3;

    private readonly ISyncStatus _status;
    private readonly IOptionsMonitor<SyncOptions> _sync;
    private readonly IOptionsMonitor<HealthOptions> _health;
    private readonly TimeProvider _time;

    public SyncHealthCheck(ISyncStatus status, IOptionsMonitor<SyncOptions> sync, IOptionsMonitor<HealthOptions> health, TimeProvider time)
    {
        _status = status;
        _sync = sync;
        _health = health;
        _time = time;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sync = _sync.CurrentValue;
        if (!sync.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("disabled (Sync:Enabled=false)", new Dictionary<string, object> { ["disabled"] = true }));
        }

        var limit = _health.CurrentValue.MaxSyncAge ?? sync.Interval * IntervalsBeforeStale;
        var data = new Dictionary<string, object> { ["maxAgeSeconds"] = limit.TotalSeconds };
        if (_status.LastSuccessfulCycleAt is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no sync cycle has completed yet", data: data));
        }

        var age = _time.GetUtcNow() - last;
        data["lastSuccessAt"] = last;
        data["ageSeconds"] = Math.Round(age.TotalSeconds, 3);
        var text = string.Create(CultureInfo.InvariantCulture, $"the last sync cycle completed {age.TotalSeconds:0} s ago (limit {limit.TotalSeconds:0} s)");
        return Task.FromResult(age <= limit ? HealthCheckResult.Healthy(text, data) : HealthCheckResult.Unhealthy(text, data: data));
    }
}
