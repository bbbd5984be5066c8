using BenchmarkDotNet.Attributes;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>SQLite batched append: one AppendBatchAsync of <see cref="BatchSize"/> records into a room that already
/// holds records. records/s = BatchSize / Mean. Run: dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- --filter *ArchiveAppend*</summary>
[MemoryDiagnoser]
public sealed class ArchiveAppendBenchmarks : IDisposable
{
    private string _directory = string.Empty;
    private SqliteArchiveStore? _store;
    private long _next = 1;

    [Params(1_000, 10_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "cwg-bench-append-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "guard.db")}" });
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task AppendBatch()
    {
        var drafts = ArchiveData.Batch(1, _next, BatchSize);
        _next += BatchSize;
        await _store!.AppendBatchAsync(drafts, CancellationToken.None);
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
