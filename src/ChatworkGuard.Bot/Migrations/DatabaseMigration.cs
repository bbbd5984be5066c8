using System.Runtime.CompilerServices;
using ChatworkGuard.Archive.Postgres;

namespace ChatworkGuard.Bot.Migrations;

/// <summary>The migration step, as the owner role: the archive's tables (records, heads, cursors, files), Quartz's
/// tables and, with Storage:RuntimeRole, the grants that let the bot run as that role. Used by `migrate` and by
/// `run` when Storage:MigrationConnectionString is set.</summary>
internal static class DatabaseMigration
{
    // Never inlined into a caller that only may need it: compiling a method loads the assemblies of the types it names,
    // and a SQLite bot then mapped Npgsql (about 1 MB resident) without using it.
    /// <summary>Migrates the database of <paramref name="storage"/> with its MigrationConnectionString (else its
    /// ConnectionString) and says what it did, one line each.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<IReadOnlyList<string>> RunAsync(StorageOptions storage, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var separate = !string.IsNullOrWhiteSpace(storage.MigrationConnectionString);
        var connectionString = separate ? storage.MigrationConnectionString! : storage.ConnectionString;
        var done = new List<string>();
        if (storage.Provider != StorageProvider.Postgres)
        {
            await using var sqlite = ArchiveStoreFactory.Create(storage, readOnly: false, clock);
            await sqlite.InitializeAsync(cancellationToken);
            done.Add($"Archive {sqlite.Location}: schema current. (SQLite: `run` creates Quartz's tables itself; there are no roles to grant.)");
            return done;
        }

        await using (var archive = new PostgresArchiveStore(new PostgresArchiveStoreOptions
        {
            ConnectionString = connectionString,
            ConnectionStringSetting = separate ? "Storage:MigrationConnectionString" : "Storage:ConnectionString",
            TimeProvider = clock,
        }))
        {
            await archive.InitializeAsync(cancellationToken);
            done.Add($"Archive in {archive.Location}: schema current (records, chain heads, cursors, files).");
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await QuartzSchema.CreateAsync(connection, cancellationToken);
        done.Add($"Quartz job store: {QuartzSchema.TablePrefix} tables present.");
        if (!string.IsNullOrWhiteSpace(storage.RuntimeRole))
        {
            await PostgresRuntimeGrants.ApplyAsync(connection, storage.RuntimeRole, cancellationToken);
            done.Add($"Runtime role {storage.RuntimeRole}: SELECT and INSERT on records, heads and files; full use of cursors, Quartz's and every other table; owns nothing.");
        }

        return done;
    }
}
