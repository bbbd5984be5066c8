using BenchmarkDotNet.Attributes;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>Verify of a 100,000-record room read from a SQLite file. records/s = 100,000 / Mean.</summary>
[MemoryDiagnoser]
public sealed class ArchiveVerifyBenchmarks : IDisposable
{
    private const int Records = 100_000;
    private string _directory = string.Empty;
    private SqliteArchiveStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "cwg-bench-verify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "guard.db")}" });
        for (long first = 1; first <= Records; first += 10_000)
        {
            _store.AppendBatchAsync(ArchiveData.Batch(1, first, 10_000), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public async Task<long> VerifyRoom()
    {
        var result = await ChainVerifier.VerifyRoomAsync(_store!, 1, null, CancellationToken.None);
        return result.IsIntact ? result.RecordCount : throw new InvalidOperationException(result.Break!.Description);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
