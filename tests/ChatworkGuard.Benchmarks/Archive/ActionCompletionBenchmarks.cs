using BenchmarkDotNet.Attributes;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>
/// What recording that a window's actions are done costs on SQLite, in a room of 100,000 records: each invocation
/// appends one window's 16 new records (as a poll does), then records them done. Baseline: the append alone. Before
/// schema version 6 the bot then moved the room's action cursor to the highest sequence (<c>SaveActionCursor</c>); now
/// it marks the records and moves the cursor over the done ones (<c>CompleteActions</c>). Beside them, the query each
/// sync cycle makes for rooms whose actions stalled, over 1,000 rooms whose cursors are at their heads.
/// </summary>
[MemoryDiagnoser]
public class ActionCompletionBenchmarks : IDisposable
{
    private const long Room = 1;
    private const int History = 100_000;
    private const int Window = 16;
    private const int OtherRooms = 1_000;
    private TemporarySqliteArchive? _archive;
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        _archive = new TemporarySqliteArchive("actions");
        for (long first = 1; first <= History; first += 1_000)
        {
            _archive.Store.AppendBatchAsync(ArchiveData.Batch(Room, first, 1_000), CancellationToken.None).GetAwaiter().GetResult();
        }

        _archive.Store.SaveActionCursorAsync(Room, History, CancellationToken.None).GetAwaiter().GetResult();
        for (long room = 2; room < 2 + OtherRooms; room++)
        {
            _archive.Store.AppendBatchAsync(ArchiveData.Batch(room, 1, 10), CancellationToken.None).GetAwaiter().GetResult();
            _archive.Store.SaveActionCursorAsync(room, 10, CancellationToken.None).GetAwaiter().GetResult();
        }

        _next = History + 1;
    }

    [Benchmark(Baseline = true)]
    public async Task<long> AppendWindow() => (await AppendAsync())[^1];

    [Benchmark]
    public async Task<long> AppendWindowAndSaveActionCursor()
    {
        var sequences = await AppendAsync();
        await _archive!.Store.SaveActionCursorAsync(Room, sequences[^1], CancellationToken.None);
        return sequences[^1];
    }

    [Benchmark]
    public async Task<long> AppendWindowAndCompleteActions()
    {
        var sequences = await AppendAsync();
        await _archive!.Store.CompleteActionsAsync(Room, sequences, CancellationToken.None);
        return sequences[^1];
    }

    [Benchmark]
    public async Task<int> FindStalledRooms() =>
        (await _archive!.Store.FindRoomsWithStalledActionsAsync(DateTimeOffset.MaxValue, CancellationToken.None)).Count;

    [GlobalCleanup]
    public void Dispose()
    {
        _archive?.Dispose();
        _archive = null;
        GC.SuppressFinalize(this);
    }

    private async Task<long[]> AppendAsync()
    {
        var results = await _archive!.Store.AppendBatchAsync(ArchiveData.Batch(Room, _next, Window), CancellationToken.None);
        _next += Window;
        return [.. results.Select(r => r.Record.Sequence)];
    }
}
