namespace ChatworkGuard.Archive;

/// <summary>The database engines the archive can live in.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file; the default for a single bot.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for several bot instances sharing one archive.</summary>
    Postgres,
}
