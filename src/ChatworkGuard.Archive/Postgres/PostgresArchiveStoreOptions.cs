namespace ChatworkGuard.Archive.Postgres;

/// <summary>How to reach a PostgreSQL archive.</summary>
public sealed record PostgresArchiveStoreOptions
{
    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=guard;Username=guard;Password=…</c>.
    /// The tables go into the first schema of its search path.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The setting errors name as the one to fix. Default: Storage:ConnectionString.</summary>
    public string ConnectionStringSetting { get; init; } = "Storage:ConnectionString";

    /// <summary>Check the schema instead of creating or migrating it, and refuse appends. Default: false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The clock that stamps applied migrations. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
