using ChatworkGuard.Bot.Sync;
using Quartz;

namespace ChatworkGuard.Bot.Jobs;

/// <summary>Registers the Quartz scheduler and the bot's recurring jobs.</summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var sync = configuration.GetSection(SyncOptions.SectionName).Get<SyncOptions>() ?? new SyncOptions();
        if (!sync.Enabled)
        {
            return services;
        }

        services.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<SyncJob>(
                trigger => trigger
                    .WithIdentity("sync-every-interval", "chatwork-guard")
                    .StartNow()
                    .WithSimpleSchedule(schedule => schedule
                        .WithInterval(sync.Interval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(SyncJob.Key));
            // Resync starts at once too: it skips rooms not read since start, which the first sync cycle reconciles.
            quartz.ScheduleJob<ResyncJob>(
                trigger => trigger
                    .WithIdentity("resync-every-interval", "chatwork-guard")
                    .StartNow()
                    .WithSimpleSchedule(schedule => schedule
                        .WithInterval(sync.ResyncInterval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                job => job.WithIdentity(ResyncJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
