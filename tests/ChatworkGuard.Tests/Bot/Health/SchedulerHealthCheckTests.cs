using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace ChatworkGuard.Tests.Bot.Health;

public sealed class SchedulerHealthCheckTests
{
    private static SchedulerHealthCheck Check(IServiceProvider services, bool syncEnabled) =>
        new(services, new FixedMonitor<SyncOptions>(new SyncOptions { Enabled = syncEnabled }));

    [Fact]
    public async Task CheckHealthAsync_NoSchedulerAndSyncDisabled_IsHealthyAndDisabled()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();

        var result = await Check(services, syncEnabled: false).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("disabled (Sync:Enabled=false)", result.Description);
    }

    [Fact]
    public async Task CheckHealthAsync_NoSchedulerButSyncEnabled_IsUnhealthy()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();

        var result = await Check(services, syncEnabled: true).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_RealScheduler_IsHealthyOnlyWhileRunning()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddQuartz();
        await using var services = collection.BuildServiceProvider();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var check = Check(services, syncEnabled: true);

        var created = await check.CheckHealthAsync(new HealthCheckContext());
        await scheduler.Start();
        var running = await check.CheckHealthAsync(new HealthCheckContext());
        await scheduler.Standby();
        var standby = await check.CheckHealthAsync(new HealthCheckContext());
        await scheduler.Shutdown(waitForJobsToComplete: false);
        var shutdown = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "Created"), (created.Status, created.Data["status"]));
        Assert.Equal((HealthStatus.Healthy, "Running"), (running.Status, running.Data["status"]));
        Assert.Equal((HealthStatus.Unhealthy, "Standby"), (standby.Status, standby.Data["status"]));
        Assert.Equal(HealthStatus.Unhealthy, shutdown.Status);
        Assert.Equal("the scheduler is unavailable (see the log)", shutdown.Description);
        Assert.DoesNotContain("instance", running.Data.Keys);
    }
}
