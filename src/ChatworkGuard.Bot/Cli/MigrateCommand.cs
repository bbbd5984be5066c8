using ChatworkGuard.Bot.Migrations;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard migrate`: creates or migrates the database as the owner role (Storage:MigrationConnectionString,
/// else Storage:ConnectionString): the archive's tables, Quartz's tables in PostgreSQL, and the grants to Storage:RuntimeRole.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate",
            "Create or migrate the database as its owner role (Storage:MigrationConnectionString, else Storage:ConnectionString): the archive's " +
            "and Quartz's tables, then the grants to Storage:RuntimeRole, so that `run` can use a role that owns nothing. Safe to run again.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = ArchiveCommandSupport.LoadConfiguration();
        var redactor = SecretRedactor.FromConfiguration(configuration);
        // The Storage section bound and validated exactly as `run` does it.
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddArchive().BuildServiceProvider();
        try
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            foreach (var step in await DatabaseMigration.RunAsync(storage, TimeProvider.System, cancellationToken))
            {
                await output.WriteLineAsync(step);
            }

            await output.WriteLineAsync("Migration done.");
            return ExitCodes.Ok;
        }
        catch (OptionsValidationException exception)
        {
            await CheckConfigCommand.WriteProblemsAsync(error, [.. exception.Failures.Select(redactor.Scrub)], cancellationToken);
            return ExitCodes.Failed;
        }
        catch (Exception exception) when (exception is ArchiveStoreException or NpgsqlException or InvalidOperationException)
        {
            // Errors name the server and the setting to fix, never the connection string; scrub anyway.
            await error.WriteLineAsync("Migration failed: " + redactor.Scrub(exception.Message));
            return ExitCodes.Failed;
        }
    }
}
