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
}
