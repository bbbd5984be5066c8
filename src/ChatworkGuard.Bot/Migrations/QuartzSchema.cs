using Quartz.Impl.AdoJobStore;

namespace ChatworkGuard.Bot.Migrations;

/// <summary>Creates Quartz's <c>qrtz_</c> tables in PostgreSQL with the script Quartz itself runs for
/// <c>ProvisionSchema()</c>, so the owner role creates them in the migration step and the runtime role, which may
/// not create anything, finds them complete when its scheduler validates the schema.</summary>
/// <remarks>The script only creates what is missing and never drops anything, so running it on every migration is safe.</remarks>
internal static class QuartzSchema
{
    /// <summary>The table prefix the bot's job store uses (Quartz's default).</summary>
    public const string TablePrefix = "qrtz_";

    private const string PostgresScript = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var statement in await ReadStatementsAsync(cancellationToken))
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<List<string>> ReadStatementsAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(StdAdoDelegate).Assembly.GetManifestResourceStream(PostgresScript)
            ?? throw new InvalidOperationException(
                $"This Quartz.NET build ships no {PostgresScript}, which the migration runs to create the qrtz_ tables.");
        using var reader = new StreamReader(stream);
        var script = await reader.ReadToEndAsync(cancellationToken);
        // {0} is the prefix where a schema may qualify it, {1} the bare prefix (index names); the bot uses no schema qualifier.
        script = script.Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        // Quartz separates the statements by a line reading exactly "--;;"; a piece of comments alone is skipped.
        return [.. script.ReplaceLineEndings("\n").Split("\n--;;\n")
            .Where(part => part.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))];
    }
}
