using System.Diagnostics;
using ChatworkGuard.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ChatworkGuard.Tests.Bot.Hosting;

public sealed class JobShutdownGraceTests
{
    private static IHost BuildHost(JobProbe probe, TimeSpan grace)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(probe);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddQuartz(quartz => quartz.ScheduleJob<ProbeJob>(trigger => trigger.StartNow(), job => job.WithIdentity("probe")));
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.Configure<ShutdownOptions>(options => options.JobGracePeriod = grace);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(60));
        builder.Services.AddSingleton<JobShutdownGrace>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<JobShutdownGrace>());
        return builder.Build();
    }

    [Fact]
    public async Task StoppingAsync_JobStillRunningAfterTheGrace_IsCancelledSoTheStopDoesNotWaitForTheDeadline()
    {
        var probe = new JobProbe(TimeSpan.FromMinutes(10));
        using var host = BuildHost(probe, TimeSpan.FromMilliseconds(300));
        await host.StartAsync();
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = Stopwatch.StartNew();
        await host.StopAsync();

        Assert.True(probe.Cancelled.Task.IsCompletedSuccessfully, "the job's token was cancelled");
        // Without the interrupt Quartz would wait for the job until the 60 s shutdown deadline.
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(30), $"the stop took {stopping.Elapsed}");
    }

    [Fact]
    public async Task StoppingAsync_JobEndingWithinTheGrace_FinishesUndisturbed()
    {
        var probe = new JobProbe(TimeSpan.FromMilliseconds(500));
        using var host = BuildHost(probe, TimeSpan.FromSeconds(20));
        await host.StartAsync();
        await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await host.StopAsync();

        Assert.True(probe.Finished.Task.IsCompletedSuccessfully, "the job ran to its end");
        Assert.False(probe.Cancelled.Task.IsCompleted, "a job that ends within the grace period is not interrupted");
    }

    internal sealed class JobProbe(TimeSpan work)
    {
        public TimeSpan Work { get; } = work;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [DisallowConcurrentExecution]
    internal sealed class ProbeJob(JobProbe probe) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            probe.Started.TrySetResult();
            try
            {
                // A job that is still working when the host stops is the behaviour under test.
                await Task.Delay(probe.Work, cancellationToken);
                probe.Finished.TrySetResult();
            }
            catch (OperationCanceledException)
            {
                probe.Cancelled.TrySetResult();
            }
        }
    }
}
