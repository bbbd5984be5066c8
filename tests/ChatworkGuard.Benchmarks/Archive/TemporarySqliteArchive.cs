using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>A SQLite archive in a fresh temporary folder, deleted with its folder when disposed.</summary>
internal sealed class TemporarySqliteArchive : IDisposable
{
    private readonly string _directory;

    /// <summary>Creates the folder (named after <paramref name="purpose"/>) and opens an archive file in it.</summary>
    public TemporarySqliteArchive(string purpose)
    {
        _directory = Path.Combine(Path.GetTempPath(), $"cwg-bench-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        Store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "guard.db")}" });
    }

    public SqliteArchiveStore Store { get; }

    public void Dispose()
    {
        Store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
