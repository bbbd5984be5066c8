using System.Net.Sockets;

namespace ChatworkGuard.Archive.Postgres;

/// <summary>The archive in PostgreSQL, for several bot instances: appends to a room take a per-room advisory lock,
/// (room_id, seq) is unique, and triggers refuse UPDATE, DELETE and TRUNCATE on records.</summary>
public sealed partial class PostgresArchiveStore : RelationalArchiveStore
{
    private readonly PostgresArchiveStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _displayName;
    private readonly SchemaMigrator _schema;

    // Never inlined into a caller that only may need it: compiling a method loads the assemblies of the types it names,
    // and a SQLite bot then mapped Npgsql (about 1 MB resident) without using it.
    /// <summary>Creates the store and its connection pool; nothing is opened until the first call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public PostgresArchiveStore(PostgresArchiveStoreOptions options)
        : base((options ?? throw new ArgumentNullException(nameof(options))).ReadOnly)
    {
        _options = options;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ArchiveStoreException(
                $"{options.ConnectionStringSetting} is not a valid PostgreSQL connection string ({exception.Message}). Example: Host=db;Database=guard;Username=guard;Password=…", exception);
        }

        // Shown in errors instead of the connection string, which may hold a password.
        _displayName = DisplayName(builder);
        _dataSource = NpgsqlDataSource.Create(builder);
        _schema = new SchemaMigrator(PostgresMigrations.Dialect, options.TimeProvider, ArchiveDescription, "Upgrade this instance");
    }

    /// <inheritdoc />
    public override string Location => _displayName;

    /// <summary>How messages name a PostgreSQL database: server and database, never the connection string's password.</summary>
    internal static string DisplayName(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database ?? builder.Username}");

    private protected override string ArchiveDescription => $"The archive in {_displayName}";

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public override void Dispose() => _dataSource.Dispose();

    private protected override async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (_options.ReadOnly)
        {
            await _schema.CheckAsync(connection, $"{_displayName} holds no ChatworkGuard archive (its archive tables are missing).", cancellationToken);
            return;
        }

        if (!await MayCreateTablesAsync(connection, cancellationToken))
        {
            // A runtime role (least privilege): it owns nothing and cannot migrate, so the schema must already be current.
            const string advice = "This role may not create tables (a runtime role): run `chatwork-guard migrate` with the owner " +
                "role's connection string in Storage:MigrationConnectionString, or set that key so that `run` migrates at start.";
            await _schema.RequireCurrentAsync(connection,
                $"{_displayName} holds no ChatworkGuard archive yet. {advice}", advice, cancellationToken);
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(PostgresMigrations.LockMigrations, transaction, cancellationToken);
        await _schema.MigrateAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> MayCreateTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    private protected override ArchiveStoreException? Translate(Exception exception) => exception switch
    {
        PostgresException { SqlState: "42P01" } => new ArchiveStoreException(
            $"{_displayName} holds no ChatworkGuard archive (its archive tables are missing).", exception),
        PostgresException { SqlState: "28P01" or "28000" } => new ArchiveStoreException(
            $"{_displayName} refused the login: check the user name and password in {_options.ConnectionStringSetting}.", exception),
        PostgresException { SqlState: "3D000" } => new ArchiveStoreException(
            $"{_displayName} does not exist: create the database or fix {_options.ConnectionStringSetting}.", exception),
        PostgresException { SqlState: "42501" } postgres => new ArchiveStoreException(
            $"{_displayName} refused this role: {postgres.MessageText}. Changing the schema needs the owner role (`chatwork-guard migrate`); " +
            "the bot's runtime role may only add and read records.", exception),
        PostgresException { SqlState: "53100" } => new ArchiveStoreException(
            $"The disk of {_displayName} is full: nothing was archived by this call.", exception),
        PostgresException => null,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            new ArchiveStoreException(
                $"Cannot reach {_displayName}: {exception.InnerException?.Message ?? exception.Message}. Check that the server runs and {_options.ConnectionStringSetting}.", exception),
        _ => null,
    };
}
