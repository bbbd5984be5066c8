using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Sync;
using Quartz;

namespace ChatworkGuard.Bot.Jobs;

/// <summary>Registers the Quartz scheduler (persistent store in the archive's database) and the recurring jobs.</summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var sync = configuration.GetSection(SyncOptions.SectionName).Get<SyncOptions>() ?? new SyncOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddQuartz(quartz =>
        {
            // Schedules live beside the archive, so escrow reminders survive restarts; on PostgreSQL the store is
            // clustered, so each job fires on exactly one of several bot instances.
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(storage.ConnectionString);
                    store.UseClustering(clustering =>
                    {
                        clustering.CheckinInterval = TimeSpan.FromSeconds(10);
                        clustering.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
                else
                {
                    store.UseSqlite(storage.ConnectionString);
                }
            });
            if (!sync.Enabled)
            {
                return;
            }

            quartz.ScheduleJob<SyncJob>(
                trigger => trigger
                    .WithIdentity(SyncJob.TriggerKey)
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
