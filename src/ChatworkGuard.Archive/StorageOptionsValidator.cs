using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

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

        return options.Provider switch
        {
            StorageProvider.Sqlite => ValidateSqlite(options.ConnectionString),
            StorageProvider.Postgres => ValidatePostgres(options.ConnectionString),
            _ => ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not known. Use Sqlite or Postgres."),
        };
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

    private static ValidateOptionsResult ValidatePostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("Storage:ConnectionString has no Host for Postgres. Example: Host=db;Database=guard;Username=guard;Password=…")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:ConnectionString is not a PostgreSQL connection string ({exception.Message}). Example: Host=db;Database=guard;Username=guard;Password=…");
        }
    }
}
