using System.ComponentModel.DataAnnotations;

namespace ChatworkGuard.Archive;

/// <summary>The `Storage` configuration section: which database holds the archive.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>`Sqlite` (embedded) or `Postgres`. Default: Sqlite.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The ADO.NET connection string. Default: Data Source=data/guard.db.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:ConnectionString is empty. Set it to \"Data Source=data/guard.db\" (Sqlite) or a PostgreSQL connection string.")]
    public string ConnectionString { get; set; } = "Data Source=data/guard.db";

    /// <summary>Postgres only: the owner role's connection string. When set, `run` first applies the migrations (archive,
    /// file and Quartz tables, and the grants to <see cref="RuntimeRole"/>) with it, then runs with
    /// <see cref="ConnectionString"/>; `migrate` uses it instead of ConnectionString. Default: empty (the bot's own role
    /// migrates when it may create tables; a runtime role then needs `migrate` run first).</summary>
    public string? MigrationConnectionString { get; set; }

    /// <summary>Postgres only: the runtime role the migration grants what the bot needs (SELECT and INSERT on records,
    /// full use of its state and Quartz's tables); the bot then runs as it with <see cref="ConnectionString"/>. Default: empty (no grants).</summary>
    public string? RuntimeRole { get; set; }

    /// <summary>SQLite mode: the directory for archived file bytes, each named by its SHA-256. Default: beside the
    /// database, <c>{database name}-files</c> (e.g. <c>data/guard-files</c>). PostgreSQL mode keeps them in the database.</summary>
    public string? BlobPath { get; set; }

    /// <summary>The largest room file that is archived, in bytes; a larger one gets a <c>file-unavailable</c> record.
    /// Default: 50 MB (52,428,800).</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Storage:MaxFileBytes must be at least 1.")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>The default of <see cref="MaxFileBytes"/>: 50 MB.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;
}
