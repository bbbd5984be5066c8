using Microsoft.Extensions.Options;
using Quartz;

namespace ChatworkGuard.Bot.Hosting;

/// <summary>
/// On shutdown, gives the jobs running on this instance <see cref="ShutdownOptions.JobGracePeriod"/> to finish, then
/// cancels their tokens so they stop at their next await. Quartz waits for running jobs (WaitForJobsToComplete), but a
/// sync cycle waiting minutes for API budget would outlive the shutdown deadline, and the archive would be closed
/// under it. Cancelling is safe: every archive write is one transaction, and the next start re-reads the rooms.
/// </summary>
internal sealed partial class JobShutdownGrace : IHostedService, IDisposable
{
    private readonly IServiceProvider _services;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IOptions<ShutdownOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<JobShutdownGrace> _logger;
    private CancellationTokenRegistration _registration;

    public JobShutdownGrace(IServiceProvider services, IHostApplicationLifetime lifetime, IOptions<ShutdownOptions> options, TimeProvider time, ILogger<JobShutdownGrace> logger)
    {
        _services = services;
        _lifetime = lifetime;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The interruption under way after shutdown began, if any (tests await it).</summary>
    public Task Interruption { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_services.GetService<ISchedulerFactory>() is { } factory)
        {
            _registration = _lifetime.ApplicationStopping.Register(() => Interruption = InterruptLateJobsAsync(factory));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _registration.Dispose();

    private async Task InterruptLateJobsAsync(ISchedulerFactory factory)
    {
        try
        {
            Log.ShutdownStarted(_logger, _options.Value.JobGracePeriod);
            await Task.Delay(_options.Value.JobGracePeriod, _time);
            var scheduler = await factory.GetScheduler(CancellationToken.None);
            if (await scheduler.GetStatus(CancellationToken.None) == SchedulerStatus.Shutdown)
            {
                return;
            }

            // This instance's firings only: with a clustered store a plain Interrupt(jobKey) would reach the other nodes too.
            var running = await scheduler.QueryFireInstances(new FireInstanceQuery { SchedulerInstanceId = scheduler.SchedulerInstanceId }, CancellationToken.None);
            foreach (var firing in running.Items)
            {
                Log.Interrupting(_logger, firing.JobKey?.ToString() ?? firing.FireInstanceId, _options.Value.JobGracePeriod);
                await scheduler.InterruptFireInstance(firing.FireInstanceId, CancellationToken.None);
            }
        }
        catch (SchedulerException)
        {
            // The scheduler finished shutting down meanwhile: nothing is running any more.
        }
        catch (Exception error)
        {
            Log.InterruptFailed(_logger, error);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Shutting down: running jobs have {Grace} to finish")]
        public static partial void ShutdownStarted(ILogger logger, TimeSpan grace);

        [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Job {Job} still runs after {Grace}; asking it to stop")]
        public static partial void Interrupting(ILogger logger, string job, TimeSpan grace);

        [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Could not interrupt the running jobs at shutdown")]
        public static partial void InterruptFailed(ILogger logger, Exception error);
    }
}
