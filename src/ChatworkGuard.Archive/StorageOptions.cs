namespace ChatworkGuard.Archive;

/// <summary>The `Storage` configuration section: which database holds the archive.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>`Sqlite` (embedded) or `Postgres`. Default: Sqlite.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The ADO.NET connection string. Default: Data Source=data/guard.db.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/guard.db";
}
