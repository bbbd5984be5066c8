namespace ChatworkGuard.Archive;

/// <summary>Checks that Storage:ConnectionString suits Storage:Provider, with a message that names the fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Skip;
        }

        var connection = options.Provider switch
        {
            StorageProvider.Sqlite => ValidateSqlite(options.ConnectionString),
            StorageProvider.Postgres => ValidatePostgres(options.ConnectionString, "Storage:ConnectionString"),
            _ => ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not known. Use Sqlite or Postgres."),
        };
        var failures = new List<string>(connection.Failed ? connection.Failures : []);
        failures.AddRange(ValidateLeastPrivilege(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateLeastPrivilege(StorageOptions options)
    {
        var migration = !string.IsNullOrWhiteSpace(options.MigrationConnectionString);
        var role = !string.IsNullOrWhiteSpace(options.RuntimeRole);
        if (options.Provider != StorageProvider.Postgres)
        {
            if (migration || role)
            {
                yield return "Storage:MigrationConnectionString and Storage:RuntimeRole are for Storage:Provider=Postgres; a SQLite archive is one file with one owner. Remove them.";
            }

            yield break;
        }

        if (migration && ValidatePostgres(options.MigrationConnectionString!, "Storage:MigrationConnectionString") is { Failed: true } invalid)
        {
            foreach (var failure in invalid.Failures)
            {
                yield return failure;
            }
        }

        if (role && !Postgres.PostgresRuntimeGrants.IsValidRoleName(options.RuntimeRole!))
        {
            yield return "Storage:RuntimeRole must be a plain role name: lower-case letters, digits and _, starting with a letter or _ (e.g. guard_runtime).";
        }
    }

    private static ValidateOptionsResult ValidateSqlite(string connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:"
                ? ValidateOptionsResult.Fail("Storage:ConnectionString names no file for Sqlite. Use \"Data Source=data/guard.db\" (or another path).")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:ConnectionString is not a SQLite connection string ({exception.Message}). Use \"Data Source=data/guard.db\", or set Storage:Provider to Postgres.");
        }
    }

    // Never inlined into Validate: compiling a method loads the assemblies of the types it names, and a SQLite bot has no
    // use for Npgsql's (about 1 MB of its file stays mapped once loaded).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValidateOptionsResult ValidatePostgres(string connectionString, string key)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{key} has no Host for Postgres. Example: Host=db;Database=guard;Username=guard;Password=…")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail(
                $"{key} is not a PostgreSQL connection string ({exception.Message}). Example: Host=db;Database=guard;Username=guard;Password=…");
        }
    }
}
