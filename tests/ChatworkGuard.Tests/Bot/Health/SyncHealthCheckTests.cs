using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatworkGuard.Tests.Bot.Health;

public sealed class SyncHealthCheckTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ManualSyncStatus _status = new();
    private readonly SyncOptions _sync = new() { Interval = TimeSpan.FromSeconds(30) };
    private readonly HealthOptions _health = new();

    private static IServiceProvider EmptyServices { get; } = new ServiceCollection().BuildServiceProvider();

    private Task<HealthCheckResult> CheckAsync() =>
        new SyncHealthCheck(_status, EmptyServices, new FixedMonitor<SyncOptions>(_sync), new FixedMonitor<HealthOptions>(_health), _clock)
            .CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task CheckHealthAsync_SyncDisabled_IsHealthyAndSaysSo()
    {
        _sync.Enabled = false;

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("disabled (Sync:Enabled=false)", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_NoCycleYet_IsUnhealthy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("no sync cycle has completed yet", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_CycleWithinThreeIntervals_IsHealthy()
    {
        _status.LastSuccessfulCycleAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(90));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(90.0, result.Data["ageSeconds"]);
        Assert.Equal(90.0, result.Data["maxAgeSeconds"]);
    }

    [Fact]
    public async Task CheckHealthAsync_CycleOlderThanThreeIntervals_IsUnhealthy()
    {
        _status.LastSuccessfulCycleAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(91));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("the last sync cycle completed 91 s ago (limit 90 s)", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_MaxSyncAgeSet_OverridesTheIntervalRule()
    {
        _health.MaxSyncAge = TimeSpan.FromMinutes(10);
        _status.LastSuccessfulCycleAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(5));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(600.0, result.Data["maxAgeSeconds"]);
    }

    private sealed class ManualSyncStatus : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt { get; set; }
    }
}
