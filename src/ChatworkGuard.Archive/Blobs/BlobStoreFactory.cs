namespace ChatworkGuard.Archive.Blobs;

/// <summary>Creates the blob store that <see cref="StorageOptions"/> describes: a directory beside the SQLite file, or
/// tables in the PostgreSQL database.</summary>
public static class BlobStoreFactory
{
    /// <summary>The blob store for <paramref name="options"/>.</summary>
    public static IBlobStore Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Postgres => new PostgresBlobStore(options.ConnectionString),
            _ => new FileSystemBlobStore(DirectoryFor(options)),
        };
    }

    /// <summary>SQLite mode: <see cref="StorageOptions.BlobPath"/>, else <c>{database name}-files</c> beside the database.</summary>
    public static string DirectoryFor(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.BlobPath))
        {
            return Path.GetFullPath(options.BlobPath);
        }

        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
        return Path.Combine(Path.GetDirectoryName(database) ?? ".", Path.GetFileNameWithoutExtension(database) + "-files");
    }
}
