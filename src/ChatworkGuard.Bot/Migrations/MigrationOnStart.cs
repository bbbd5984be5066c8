namespace ChatworkGuard.Bot.Migrations;

/// <summary>`run` with Storage:MigrationConnectionString: migrates as the owner role before anything else opens the
/// database, so the bot itself can run as a role that may not change the schema. Registered before the archive's
/// initializer and the scheduler, which then only check what this created.</summary>
internal sealed partial class MigrationOnStart(IOptions<StorageOptions> options, TimeProvider clock, ILogger<MigrationOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider != StorageProvider.Postgres || string.IsNullOrWhiteSpace(storage.MigrationConnectionString))
        {
            return;
        }

        foreach (var step in await DatabaseMigration.RunAsync(storage, clock, cancellationToken))
        {
            Log.Migrated(logger, step);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(EventId = 2801, Level = LogLevel.Information, Message = "Migration (owner role): {Step}")]
        public static partial void Migrated(ILogger logger, string step);
    }
}
