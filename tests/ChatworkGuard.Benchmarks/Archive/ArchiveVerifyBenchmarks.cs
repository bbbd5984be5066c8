using BenchmarkDotNet.Attributes;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>Verify of a 100,000-record room read from a SQLite file. records/s = 100,000 / Mean.</summary>
[MemoryDiagnoser]
public class ArchiveVerifyBenchmarks : IDisposable
{
    private const int Records = 100_000;
    private TemporarySqliteArchive? _archive;

    [GlobalSetup]
    public void Setup()
    {
        _archive = new TemporarySqliteArchive("verify");
        for (long first = 1; first <= Records; first += 10_000)
        {
            _archive.Store.AppendBatchAsync(ArchiveData.Batch(1, first, 10_000), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public async Task<long> VerifyRoom()
    {
        var result = await ChainVerifier.VerifyRoomAsync(_archive!.Store, 1, null, CancellationToken.None);
        return result.IsIntact ? result.RecordCount : throw new InvalidOperationException(result.Break!.Description);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _archive?.Dispose();
        _archive = null;
        GC.SuppressFinalize(this);
    }
}
