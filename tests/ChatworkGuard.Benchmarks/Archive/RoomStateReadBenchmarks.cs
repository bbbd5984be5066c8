using BenchmarkDotNet.Attributes;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>
/// Loading a room's state from a SQLite room of 100,000 records, one in a thousand an event (a warning or a reminder):
/// the whole room read in order, as the ledger and the rooms overview did before schema version 5, beside the ledger's
/// load through the index of the records that are not messages and the overview (<see cref="RoomOverviewFold"/>, what
/// `chatwork-guard rooms` and the console's rooms page show), which also counts the messages inside the database.
/// </summary>
[MemoryDiagnoser]
public class RoomStateReadBenchmarks : IDisposable
{
    private const int Records = 100_000;
    private const int EventEvery = 1_000;
    private TemporarySqliteArchive? _archive;

    [GlobalSetup]
    public void Setup()
    {
        _archive = new TemporarySqliteArchive("state");
        for (long first = 1; first <= Records; first += EventEvery)
        {
            var batch = ArchiveData.Batch(1, first, EventEvery - 1);
            batch.Add(new RecordDraft
            {
                RoomId = 1,
                Kind = first % 2 == 1 ? RecordKind.WarningPosted : RecordKind.ReminderPosted,
                ObservedAt = ArchiveData.ObservedAt(first + EventEvery - 1),
                Source = RecordSource.Bot,
                Details = """{"categories":["direct-payment"],"rules":["direct-payment.bank-transfer"]}""",
            });
            _archive.Store.AppendBatchAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<long> WholeRoomRead()
    {
        long events = 0;
        await foreach (var record in _archive!.Store.ReadRoomAsync(1, 1, CancellationToken.None))
        {
            events += RoomLedger.AppliedKinds.Contains(record.Kind) ? 1 : 0;
        }

        return events;
    }

    [Benchmark]
    public async Task<long> LedgerLoad() => (await new RoomLedger(_archive!.Store).GetAsync(1, CancellationToken.None)).NextSequence;

    [Benchmark]
    public async Task<long> OverviewFold() => (await RoomOverviewFold.ReadAsync(_archive!.Store, 1, CancellationToken.None)).Messages;

    [GlobalCleanup]
    public void Dispose()
    {
        _archive?.Dispose();
        _archive = null;
        GC.SuppressFinalize(this);
    }
}
