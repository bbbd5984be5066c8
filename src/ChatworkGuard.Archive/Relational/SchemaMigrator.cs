namespace ChatworkGuard.Archive.Relational;

/// <summary>Applies a store's forward-only migrations, or checks its schema when it is opened read-only; the store
/// supplies its dialect's statements and takes its own lock (a transaction or an advisory lock) around the call.</summary>
/// <param name="dialect">The dialect's steps and catalog statements.</param>
/// <param name="clock">Stamps applied migrations.</param>
/// <param name="archiveDescription">How errors name the archive ("The archive …").</param>
/// <param name="upgradeAdvice">What to do when the archive's schema is newer than this build.</param>
internal sealed class SchemaMigrator(SchemaDialect dialect, TimeProvider clock, string archiveDescription, string upgradeAdvice)
{
    // Every schema version has these three tables; a database without them is not an archive.
    private const string ArchiveTables = "('archive_schema_migrations', 'archive_records', 'archive_chain_heads')";
    private const int ArchiveTableCount = 3;

    private int LatestVersion => dialect.Migrations[^1].Version;

    /// <summary>Read-only opening: the archive tables exist (archive_schema_migrations, archive_records and
    /// archive_chain_heads) and the schema is not newer than this build.</summary>
    public async Task CheckAsync(DbConnection connection, string missingTablesMessage, CancellationToken cancellationToken) =>
        ThrowIfNewer(await ReadCheckedVersionAsync(connection, missingTablesMessage, cancellationToken));

    /// <summary>Opening by a role that may not change the schema: as <see cref="CheckAsync"/>, and the schema must be
    /// exactly this build's, since nobody here can migrate it (<paramref name="migrateAdvice"/> says who can).</summary>
    public async Task RequireCurrentAsync(DbConnection connection, string missingTablesMessage, string migrateAdvice, CancellationToken cancellationToken)
    {
        var current = await ReadCheckedVersionAsync(connection, missingTablesMessage, cancellationToken);
        ThrowIfNewer(current);
        if (current < LatestVersion)
        {
            throw new ArchiveStoreException(
                $"{archiveDescription} has schema version {current}, but this build of ChatworkGuard needs version {LatestVersion}. {migrateAdvice}");
        }
    }

    private async Task<long> ReadCheckedVersionAsync(DbConnection connection, string missingTablesMessage, CancellationToken cancellationToken)
    {
        await using (var count = connection.CreateCommand(dialect.CountTablesNamedIn + ArchiveTables))
        {
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != ArchiveTableCount)
            {
                throw new ArchiveStoreException(missingTablesMessage);
            }
        }

        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    /// <summary>Creates the version table if needed and applies every migration newer than the recorded version,
    /// recording each, inside <paramref name="transaction"/>.</summary>
    public async Task MigrateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(dialect.CreateMigrationsTable, transaction, cancellationToken);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        ThrowIfNewer(current);
        foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(migration.Sql, transaction, cancellationToken);
            await using var record = connection.CreateCommand(
                "INSERT INTO archive_schema_migrations (version, name, applied_at_ms) VALUES (@v, @n, @t)", transaction);
            record.AddParameter("@v", migration.Version);
            record.AddParameter("@n", migration.Name);
            record.AddParameter("@t", clock.GetUtcNow().ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<long> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT coalesce(max(version), 0) FROM archive_schema_migrations", transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private void ThrowIfNewer(long current)
    {
        if (current > LatestVersion)
        {
            throw new ArchiveStoreException(
                $"{archiveDescription} has schema version {current}, but this build of ChatworkGuard knows only up to version " +
                $"{LatestVersion}. {upgradeAdvice}; schemas only move forward.");
        }
    }
}

/// <summary>What a dialect gives <see cref="SchemaMigrator"/>.</summary>
/// <param name="Migrations">Its steps, in version order.</param>
/// <param name="CreateMigrationsTable">Creates archive_schema_migrations if it is missing.</param>
/// <param name="CountTablesNamedIn">A count of the tables of the archive's schema whose name is in the list that follows it.</param>
internal sealed record SchemaDialect(IReadOnlyList<ArchiveMigration> Migrations, string CreateMigrationsTable, string CountTablesNamedIn);
