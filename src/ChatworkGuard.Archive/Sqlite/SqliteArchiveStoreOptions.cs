namespace ChatworkGuard.Archive.Sqlite;

/// <summary>How to open a SQLite archive file.</summary>
public sealed record SqliteArchiveStoreOptions
{
    /// <summary>A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=data/guard.db</c>.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Open without writing anything (no migrations, no appends): for verify and export. Default: false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>How long to wait for another writer's lock before failing (PRAGMA busy_timeout). Default: 5 seconds.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>SQLite's page cache per pooled connection, in KiB (PRAGMA cache_size). Default: 32 MiB read-only (verify and
    /// export stream the whole archive once), 8 MiB otherwise (the bot keeps several pooled connections for days, and
    /// each cache only grows).</summary>
    public int? PageCacheKiB { get; init; }

    /// <summary>Verify reads and hashes a room in seq ranges of this many numbers (tests make it small).</summary>
    internal int VerifyChunkRows { get; init; } = 2048;

    /// <summary>Verify's worker threads, each with its own connection: one per core, at most four.</summary>
    internal int VerifyWorkers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The clock that stamps applied migrations. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
