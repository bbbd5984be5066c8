using System.Diagnostics;
using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatworkGuard.Benchmarks.Ingest;

/// <summary>
/// Ingest cost against history: <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- ingest --history 10000,100000,1000000</c>.
/// For each N, a SQLite archive with one room of N archived messages is built through the store in batches; then a
/// child process (so that its peak memory is the ingest's own) ingests windows of 100 messages, each with
/// <see cref="IngestRoom.NewPerWindow"/> new messages, <see cref="IngestRoom.EditsPerWindow"/> edits and one deletion,
/// through the bot's <see cref="MessageIngestor"/>, and prints <c>{"history":N,"p50Ms":…,"p95Ms":…,"peakRssMb":…}</c>.
/// </summary>
internal static class IngestBenchmarkCommand
{
    public const string Name = "ingest";
    public const string ChildName = "ingest-child";
    private const int WarmUp = 50;
    private const int Measured = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--history");
        var histories = (index >= 0 && index + 1 < args.Length ? args[index + 1] : "10000,100000,1000000")
            .Split(',').Select(h => long.Parse(h, CultureInfo.InvariantCulture)).ToList();
        foreach (var history in histories)
        {
            var directory = Path.Combine(Path.GetTempPath(), "cwg-ingest-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                var path = Path.Combine(directory, "history.db");
                var watch = Stopwatch.StartNew();
                await BuildHistoryAsync(path, history);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"history {history:N0} built in {watch.Elapsed.TotalSeconds:F1} s"));
                var line = await RunChildAsync(path, history);
                Console.WriteLine(line.Trim());
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>The child (arguments: the archive file, N): ingests windows into the room of N archived messages.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var path = args[0];
        var history = long.Parse(args[1], CultureInfo.InvariantCulture);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" });
        await store.InitializeAsync(CancellationToken.None);
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new BotMetrics(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), new NoSyncYet(), TimeProvider.System);
        var room = new IngestRoom(history);
        var reader = new DeletedMessageReader(room);
        var ingestor = new MessageIngestor(store, reader, TimeProvider.System, metrics, NullLogger<MessageIngestor>.Instance);

        var timings = new List<double>(Measured);
        var reads = new List<double>(Measured);
        for (var i = 0; i < WarmUp + Measured; i++)
        {
            var window = room.Advance();
            var watch = Stopwatch.StartNew();
            var result = await ingestor.IngestWindowAsync(IngestRoom.RoomId, window, RecordSource.Poll, IngestRoom.NewPerWindow - 1, reader, CancellationToken.None);
            watch.Stop();
            // Every window must archive exactly what changed, or the figure would time the wrong work.
            var expected = IngestRoom.NewPerWindow + IngestRoom.EditsPerWindow + 1;
            if (result.Added.Count != expected)
            {
                throw new InvalidOperationException($"Window {i} archived {result.Added.Count} records instead of {expected}: {string.Join(", ", result.Added.Select(r => r.Kind))}");
            }

            if (i >= WarmUp)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                // The archive read alone, timed after the ingest so that it does not warm the ingest's own read.
                var read = Stopwatch.StartNew();
                _ = await store.GetMessageVersionsAsync(IngestRoom.RoomId, MessageVersionQuery.ForWindow([.. window.Select(m => m.MessageId)], window.Min(m => m.SendTime)), CancellationToken.None);
                reads.Add(read.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        reads.Sort();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peakRssMb = self.PeakWorkingSet64 / 1_048_576.0;
        var fsyncs = FsyncTimings(Path.GetDirectoryName(Path.GetFullPath(path))!, Measured);
        var wholeRoom = await WholeRoomReadMsAsync(store);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"history":{{history}},"p50Ms":{{Percentile(timings, 0.50):F2}},"p95Ms":{{Percentile(timings, 0.95):F2}},"peakRssMb":{{peakRssMb:F0}},"readP50Ms":{{Percentile(reads, 0.50):F2}},"readP95Ms":{{Percentile(reads, 0.95):F2}},"fsyncP50Ms":{{Percentile(fsyncs, 0.50):F2}},"fsyncP95Ms":{{Percentile(fsyncs, 0.95):F2}},"wholeRoomReadMs":{{wholeRoom:F0}}}"""));
        return 0;
    }

    // The floor under any durable append here: one fsync of a 4 KiB write in the archive's folder (synchronous=FULL
    // makes every commit wait for one), timed as often as the windows.
    private static List<double> FsyncTimings(string directory, int count)
    {
        var file = Path.Combine(directory, "fsync-probe");
        var timings = new List<double>(count);
        using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            var page = new byte[4096];
            for (var i = 0; i < count; i++)
            {
                stream.Write(page);
                var watch = Stopwatch.StartNew();
                stream.Flush(flushToDisk: true);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        File.Delete(file);
        timings.Sort();
        return timings;
    }

    // The baseline: what every window read before, the latest version of every message in the room (median of three).
    private static async Task<double> WholeRoomReadMsAsync(SqliteArchiveStore store)
    {
        var timings = new List<double>(3);
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = await store.GetMessageVersionsAsync(IngestRoom.RoomId, MessageVersionQuery.ForWholeRoom(), CancellationToken.None);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return timings[1];
    }

    private static async Task BuildHistoryAsync(string path, long history)
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" });
        await store.InitializeAsync(CancellationToken.None);
        const int Batch = 20_000;
        var drafts = new List<RecordDraft>(Batch);
        for (long first = 1; first <= history; first += Batch)
        {
            drafts.Clear();
            for (var n = first; n < first + Batch && n <= history; n++)
            {
                drafts.Add(IngestRoom.HistoryDraft(n));
            }

            await store.AppendBatchAsync(drafts, CancellationToken.None);
        }
    }

    private static async Task<string> RunChildAsync(string path, long history)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IngestBenchmarkCommand).Assembly.Location);
        }

        start.ArgumentList.Add(ChildName);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(history.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"The ingest child for {history:N0} failed (exit {process.ExitCode}).");
    }

    // Nearest rank on sorted values.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed class NoSyncYet : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt => null;
    }
}
