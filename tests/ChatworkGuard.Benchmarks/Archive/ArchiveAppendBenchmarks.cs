using BenchmarkDotNet.Attributes;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>SQLite batched append: one AppendBatchAsync of <see cref="BatchSize"/> records into a room that already
/// holds records. records/s = BatchSize / Mean. Run: dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- --filter *ArchiveAppend*</summary>
[MemoryDiagnoser]
public class ArchiveAppendBenchmarks : IDisposable
{
    private TemporarySqliteArchive? _archive;
    private long _next = 1;

    [Params(1_000, 10_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = new TemporarySqliteArchive("append");
        _archive.Store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task AppendBatch()
    {
        var drafts = ArchiveData.Batch(1, _next, BatchSize);
        _next += BatchSize;
        await _archive!.Store.AppendBatchAsync(drafts, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _archive?.Dispose();
        _archive = null;
        GC.SuppressFinalize(this);
    }
}
