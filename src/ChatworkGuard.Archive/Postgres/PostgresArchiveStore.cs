using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>The archive in PostgreSQL, for several bot instances: appends to a room take a per-room advisory lock,
/// (room_id, seq) is unique, and triggers refuse UPDATE, DELETE and TRUNCATE on records.</summary>
public sealed partial class PostgresArchiveStore : IArchiveStore
{
    private readonly PostgresArchiveStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _displayName;
    private readonly Lock _initializationGate = new();
    private Task? _initialization;

    /// <summary>Creates the store and its connection pool; nothing is opened until the first call.</summary>
    public PostgresArchiveStore(PostgresArchiveStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArchiveStoreException(
                $"Storage:ConnectionString is not a valid PostgreSQL connection string ({exception.Message}). Example: Host=db;Database=guard;Username=guard;Password=…", exception);
        }

        // Shown in errors instead of the connection string, which may hold a password.
        _displayName = string.Create(CultureInfo.InvariantCulture, $"PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database ?? builder.Username}");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    public string Location => _displayName;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_initializationGate)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = RunAsync(() => InitializeCoreAsync(CancellationToken.None));
            }

            return _initialization.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private async Task<bool> InitializeCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (_options.ReadOnly)
        {
            await using var check = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() " +
                "AND table_name IN ('archive_schema_migrations', 'archive_records', 'archive_chain_heads')", connection);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 3)
            {
                throw new ArchiveStoreException($"{_displayName} holds no ChatworkGuard archive (its archive tables are missing).");
            }

            ThrowIfNewer(await ReadSchemaVersionAsync(connection, null, cancellationToken));
            return true;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, PostgresMigrations.LockMigrations, cancellationToken);
        await ExecuteAsync(connection, transaction, PostgresMigrations.CreateMigrationsTable, cancellationToken);
        var current = await ReadSchemaVersionAsync(connection, transaction, cancellationToken);
        ThrowIfNewer(current);
        foreach (var migration in PostgresMigrations.All.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO archive_schema_migrations (version, name, applied_at_ms) VALUES (@v, @n, @t)", connection, transaction);
            record.Parameters.AddWithValue("v", migration.Version);
            record.Parameters.AddWithValue("n", migration.Name);
            record.Parameters.AddWithValue("t", _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private void ThrowIfNewer(long current)
    {
        if (current > PostgresMigrations.LatestVersion)
        {
            throw new ArchiveStoreException(
                $"The archive in {_displayName} has schema version {current}, but this build of ChatworkGuard knows only up to " +
                $"version {PostgresMigrations.LatestVersion}. Upgrade this instance; schemas only move forward.");
        }
    }

    private static async Task<long> ReadSchemaVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM archive_schema_migrations", connection, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private ArchiveStoreException? Translate(Exception exception) => exception switch
    {
        PostgresException { SqlState: "42P01" } => new ArchiveStoreException(
            $"{_displayName} holds no ChatworkGuard archive (its archive tables are missing).", exception),
        PostgresException { SqlState: "28P01" or "28000" } => new ArchiveStoreException(
            $"{_displayName} refused the login: check the user name and password in Storage:ConnectionString.", exception),
        PostgresException { SqlState: "3D000" } => new ArchiveStoreException(
            $"{_displayName} does not exist: create the database or fix Storage:ConnectionString.", exception),
        PostgresException { SqlState: "53100" } => new ArchiveStoreException(
            $"The disk of {_displayName} is full: nothing was archived by this call.", exception),
        PostgresException => null,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            new ArchiveStoreException(
                $"Cannot reach {_displayName}: {exception.InnerException?.Message ?? exception.Message}. Check that the server runs and Storage:ConnectionString.", exception),
        _ => null,
    };
}
