using ChatworkGuard.Archive.Postgres;
using ChatworkGuard.Archive.Sqlite;

namespace ChatworkGuard.Archive;

/// <summary>Creates the store that <see cref="StorageOptions"/> describes (used by DI and by the CLI).</summary>
public static class ArchiveStoreFactory
{
    /// <summary>A SQLite or PostgreSQL store; <paramref name="readOnly"/> opens it for verify and export only.</summary>
    public static IArchiveStore Create(StorageOptions options, bool readOnly, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = timeProvider ?? TimeProvider.System;
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteArchiveStore(new SqliteArchiveStoreOptions
            {
                ConnectionString = options.ConnectionString,
                ReadOnly = readOnly,
                TimeProvider = clock,
            }),
            StorageProvider.Postgres => new PostgresArchiveStore(new PostgresArchiveStoreOptions
            {
                ConnectionString = options.ConnectionString,
                ReadOnly = readOnly,
                TimeProvider = clock,
            }),
            _ => throw new ArchiveStoreException($"Storage:Provider '{options.Provider}' is not known. Use Sqlite or Postgres."),
        };
    }
}
