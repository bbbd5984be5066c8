using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The archive in one SQLite file (default <c>data/guard.db</c>): WAL, synchronous=FULL, busy timeout,
/// forward-only migrations and triggers that refuse UPDATE and DELETE on records.</summary>
/// <remarks>Appends from many threads of one process are serialized by a lock; appends from other processes wait on
/// SQLite's write lock (BEGIN IMMEDIATE + busy_timeout), so every room's chain stays linear.</remarks>
public sealed partial class SqliteArchiveStore : IArchiveStore
{
    private readonly SqliteArchiveStoreOptions _options;
    private readonly string _connectionString;
    private readonly string _path;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _initializationGate = new();
    private Task? _initialization;

    /// <summary>Creates the store; nothing is opened until the first call.</summary>
    public SqliteArchiveStore(SqliteArchiveStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new ArchiveStoreException(
                "The SQLite archive needs a file: set Storage:ConnectionString to \"Data Source=data/guard.db\" (or another path).");
        }

        _path = Path.GetFullPath(builder.DataSource);
        builder.DataSource = _path;
        builder.Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _connectionString = builder.ToString();
    }

    /// <inheritdoc />
    /// <remarks>A relative Data Source is resolved against the working directory when the store is created.</remarks>
    public string Location => _path;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        lock (_initializationGate)
        {
            // A failed start (locked file, full disk) is retried by the next call instead of being cached forever.
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = InitializeCoreAsync(CancellationToken.None);
            }

            return _initialization.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved, copied or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        if (_options.ReadOnly)
        {
            await CheckSchemaAsync(cancellationToken);
            return;
        }

        var directory = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            // WAL is a property of the file: set once, it stays for every later connection and process.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
            await ExecuteAsync(connection, null, SqliteMigrations.CreateMigrationsTable, cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var current = await ReadSchemaVersionAsync(connection, transaction, cancellationToken);
            ThrowIfNewer(current);
            foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current))
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO archive_schema_migrations (version, name, applied_at_ms) VALUES (@v, @n, @t)";
                record.Parameters.AddWithValue("@v", migration.Version);
                record.Parameters.AddWithValue("@n", migration.Name);
                record.Parameters.AddWithValue("@t", _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
    }

    private async Task CheckSchemaAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            throw new ArchiveStoreException(
                $"There is no archive at {_path}. Check the path (--db), or run the bot first so that it creates one.");
        }

        await RunAsync(async () =>
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('archive_schema_migrations', 'archive_records', 'archive_chain_heads')";
            var tables = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (tables != 3)
            {
                throw new ArchiveStoreException(
                    $"{_path} is a SQLite database but not a ChatworkGuard archive (its archive tables are missing).");
            }

            ThrowIfNewer(await ReadSchemaVersionAsync(connection, null, cancellationToken));
        });
    }

    private void ThrowIfNewer(long current)
    {
        if (current > SqliteMigrations.LatestVersion)
        {
            throw new ArchiveStoreException(
                $"The archive {_path} has schema version {current}, but this build of ChatworkGuard knows only up to version " +
                $"{SqliteMigrations.LatestVersion}. Use the newer version of chatwork-guard that wrote it; schemas only move forward.");
        }
    }

    private static async Task<long> ReadSchemaVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM archive_schema_migrations";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // busy_timeout and synchronous are per connection, so every connection sets them, pooled or not.
            var busyMs = (long)_options.BusyTimeout.TotalMilliseconds;
            var cacheKiB = _options.PageCacheKiB ?? (_options.ReadOnly ? 32768 : 8192);
            var pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMs}; PRAGMA synchronous = FULL; PRAGMA cache_size = -{cacheKiB};");
            await ExecuteAsync(connection, null, pragmas, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
    }

    private async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SqliteException exception)
        {
            throw Translate(exception);
        }
    }

    private Exception Translate(SqliteException exception) => exception.SqliteErrorCode switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => new ArchiveStoreException(
            $"The archive {_path} is locked by another process (waited {_options.BusyTimeout.TotalSeconds:0.#} s). " +
            "Stop the other program using it, or copy the file and point --db at the copy.", exception),
        // SQLITE_CANTOPEN
        14 => new ArchiveStoreException(
            $"The archive {_path} cannot be opened: check that the file and its folder exist and are readable (and writable for the bot).", exception),
        // SQLITE_NOTADB
        26 => new ArchiveStoreException($"{_path} is not a SQLite database, so it cannot be a ChatworkGuard archive.", exception),
        // SQLITE_FULL
        13 => new ArchiveStoreException($"The disk holding {_path} is full: nothing was archived by this call. Free some space.", exception),
        // SQLITE_READONLY
        8 => new ArchiveStoreException($"The archive {_path} is read-only here: check the file's permissions.", exception),
        _ => exception,
    };
}
