namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The archive in one SQLite file (default <c>data/guard.db</c>): WAL, synchronous=FULL, busy timeout,
/// forward-only migrations and triggers that refuse UPDATE and DELETE on records.</summary>
/// <remarks>Appends from many threads of one process are serialized by a lock; appends from other processes wait on
/// SQLite's write lock (BEGIN IMMEDIATE + busy_timeout), so every room's chain stays linear.</remarks>
public sealed partial class SqliteArchiveStore : RelationalArchiveStore
{
    private readonly SqliteArchiveStoreOptions _options;
    private readonly string _connectionString;
    private readonly string _path;
    private readonly SchemaMigrator _schema;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Creates the store; nothing is opened until the first call.</summary>
    public SqliteArchiveStore(SqliteArchiveStoreOptions options)
        : base((options ?? throw new ArgumentNullException(nameof(options))).ReadOnly)
    {
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
        _schema = new SchemaMigrator(SqliteMigrations.Dialect, options.TimeProvider, ArchiveDescription,
            "Use the newer version of chatwork-guard that wrote it");
    }

    /// <inheritdoc />
    /// <remarks>A relative Data Source is resolved against the working directory when the store is created.</remarks>
    public override string Location => _path;

    private protected override string ArchiveDescription => $"The archive {_path}";

    /// <inheritdoc />
    public override void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved, copied or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private protected override async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        if (_options.ReadOnly)
        {
            if (!File.Exists(_path))
            {
                throw new ArchiveStoreException(
                    $"There is no archive at {_path}. Check the path (--db), or run the bot first so that it creates one.");
            }

            await using var reader = await OpenSqliteConnectionAsync(cancellationToken);
            await _schema.CheckAsync(reader,
                $"{_path} is a SQLite database but not a ChatworkGuard archive (its archive tables are missing).",
                cancellationToken);
            return;
        }

        var directory = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory))
        {
            PrivateFiles.CreateDirectory(directory);
        }

        // Private conversations: the owner only. Created here rather than by SQLite, which would follow the umask.
        PrivateFiles.CreateEmptyFile(_path);

        await using var connection = await OpenSqliteConnectionAsync(cancellationToken);
        // WAL is a property of the file: set once, it stays for every later connection and process.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL", null, cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await _schema.MigrateAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenSqliteConnectionAsync(cancellationToken);

    private async Task<SqliteConnection> OpenSqliteConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // busy_timeout and synchronous are per connection, so every connection sets them, pooled or not.
            var busyMs = (long)_options.BusyTimeout.TotalMilliseconds;
            var cacheKiB = _options.PageCacheKiB ?? (_options.ReadOnly ? 32768 : 8192);
            // recursive_triggers: the delete hidden in an INSERT OR REPLACE then meets the refuse-delete trigger too.
            var pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMs}; PRAGMA synchronous = FULL; PRAGMA cache_size = -{cacheKiB}; PRAGMA recursive_triggers = ON;");
            await connection.ExecuteAsync(pragmas, null, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private protected override ArchiveStoreException? Translate(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => new ArchiveStoreException( // SQLITE_BUSY, SQLITE_LOCKED
            $"The archive {_path} is locked by another process (waited {_options.BusyTimeout.TotalSeconds:0.#} s). " +
            "Stop the other program using it, or copy the file and point --db at the copy.", exception),
        SqliteException { SqliteErrorCode: 14 } => new ArchiveStoreException( // SQLITE_CANTOPEN
            $"The archive {_path} cannot be opened: check that the file and its folder exist and are readable (and writable for the bot).", exception),
        SqliteException { SqliteErrorCode: 26 } => new ArchiveStoreException( // SQLITE_NOTADB
            $"{_path} is not a SQLite database, so it cannot be a ChatworkGuard archive.", exception),
        SqliteException { SqliteErrorCode: 13 } => new ArchiveStoreException( // SQLITE_FULL
            $"The disk holding {_path} is full: nothing was archived by this call. Free some space.", exception),
        SqliteException { SqliteErrorCode: 8 } => new ArchiveStoreException( // SQLITE_READONLY
            $"The archive {_path} is read-only here: check the file's permissions.", exception),
        _ => null,
    };
}
