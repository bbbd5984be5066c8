namespace ChatworkGuard.Bot.Jobs;

/// <summary>Registers the Quartz scheduler (persistent store in the archive's database) and the recurring jobs.</summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var sync = configuration.GetSection(SyncOptions.SectionName).Get<SyncOptions>() ?? new SyncOptions();
        var evidence = configuration.GetSection(EvidenceOptions.SectionName).Get<EvidenceOptions>() ?? new EvidenceOptions();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store => store.UseArchiveDatabase(storage));
            if (!sync.Enabled)
            {
                return;
            }

            quartz.ScheduleJob<SyncJob>(
                trigger => trigger
                    .WithIdentity(SyncJob.TriggerKey)
                    .StartNow()
                    .WithSimpleSchedule(schedule => RepeatEvery(schedule, sync.Interval)),
                job => job.WithIdentity(SyncJob.Key));
            // Resync looks for due rooms every minute and re-reads as many as its share of the budget allows, so
            // its requests trickle through each rate-limit window instead of arriving as one burst.
            quartz.ScheduleJob<ResyncJob>(
                trigger => trigger
                    .WithIdentity("resync-every-interval", "chatwork-guard")
                    .StartNow()
                    .WithSimpleSchedule(schedule => RepeatEvery(schedule, SyncOptions.ResyncPassPeriod(sync))),
                job => job.WithIdentity(ResyncJob.Key));
            // The first checkpoint one interval after start, not at start: a restart loop must not flood the witness room.
            quartz.ScheduleJob<CheckpointJob>(
                trigger => trigger
                    .WithIdentity("checkpoint-every-interval", "chatwork-guard")
                    .StartAt(TimeProvider.System.GetUtcNow() + evidence.CheckpointInterval)
                    .WithSimpleSchedule(schedule => RepeatEvery(schedule, evidence.CheckpointInterval)),
                job => job.WithIdentity(CheckpointJob.Key));
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Schedules live beside the archive, so escrow reminders survive restarts; on PostgreSQL the store is
    /// clustered, so each job fires on exactly one of several bot instances.</summary>
    /// <remarks>ProvisionSchema creates Quartz's tables only when some are missing (it validates first): with a runtime
    /// role the migration step has created them, and the scheduler only checks that they are there.</remarks>
    public static void UseArchiveDatabase(this IPersistentStoreBuilder store, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(storage);
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
    }

    // A recurring job that missed its time (the process was down, or the scheduler busy) skips the runs it missed and
    // fires at its next scheduled time, instead of catching up in a burst.
    private static void RepeatEvery(SimpleScheduleBuilder schedule, TimeSpan interval) =>
        schedule.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount);
}
