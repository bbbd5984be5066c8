namespace ChatworkGuard.Bot.Hosting;

/// <summary>
/// On shutdown, before any hosted service stops: stops the scheduler firing new jobs, gives the jobs running on this
/// instance <see cref="ShutdownOptions.JobGracePeriod"/> to finish, then cancels their tokens so they stop at their
/// next await. Quartz waits for running jobs (WaitForJobsToComplete), but a sync cycle waiting for API budget or a slow
/// API would outlive the shutdown deadline, and the archive would be closed under it. Cancelling is safe: every archive
/// write is one transaction, and the next start re-reads every room.
/// </summary>
internal sealed partial class JobShutdownGrace(IServiceProvider services, IOptions<ShutdownOptions> options, TimeProvider time, ILogger<JobShutdownGrace> logger) : IHostedLifecycleService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before every hosted service's StopAsync, so the scheduler is still running and can be asked.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            return;
        }

        try
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            if (await scheduler.GetStatus(cancellationToken) != SchedulerStatus.Running)
            {
                return;
            }

            // No new firing from here on (in a cluster, the other instances take the triggers).
            await scheduler.Standby(cancellationToken);
            var grace = options.Value.JobGracePeriod;
            Log.ShutdownStarted(logger, grace);
            var started = time.GetTimestamp();
            var running = await RunningHereAsync(scheduler, cancellationToken);
            while (running.Count > 0 && time.GetElapsedTime(started) < grace)
            {
                await Task.Delay(PollInterval, time, cancellationToken);
                running = await RunningHereAsync(scheduler, cancellationToken);
            }

            foreach (var firing in running)
            {
                Log.Interrupting(logger, firing.JobKey?.ToString() ?? firing.FireInstanceId, grace);
                await scheduler.InterruptFireInstance(firing.FireInstanceId, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown deadline passed; the host stops the rest.
        }
        catch (SchedulerException error)
        {
            Log.InterruptFailed(logger, error);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // This instance's firings only: with a clustered store a plain Interrupt(jobKey) would reach the other nodes too.
    private static async Task<IReadOnlyList<FireInstance>> RunningHereAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var page = await scheduler.QueryFireInstances(new FireInstanceQuery { SchedulerInstanceId = scheduler.SchedulerInstanceId }, cancellationToken);
        return [.. page.Items];
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Shutting down: no new jobs start; running jobs have {Grace} to finish")]
        public static partial void ShutdownStarted(ILogger logger, TimeSpan grace);

        [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Job {Job} still runs after {Grace}; asking it to stop (it is re-run after the restart)")]
        public static partial void Interrupting(ILogger logger, string job, TimeSpan grace);

        [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Could not stand the scheduler down or interrupt its running jobs at shutdown")]
        public static partial void InterruptFailed(ILogger logger, Exception error);
    }
}
