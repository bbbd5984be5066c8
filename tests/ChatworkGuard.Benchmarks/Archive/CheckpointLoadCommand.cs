using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;
using ChatworkGuard.Bot.Evidence;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Emulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>What one checkpoint costs for many rooms, on a real SQLite archive and the emulator:
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- checkpoint [--rooms 1000]</c>.
/// Prints, in one process: the baseline (reading every room's head and last record and building the Merkle tree),
/// the full signed checkpoint (that, plus one signature, the witness post and a checkpoint record per room), and a
/// second one with nothing moved; each with wall time, process CPU time and the Chatwork API calls made.</summary>
internal static class CheckpointLoadCommand
{
    public const string Name = "checkpoint";

    public static async Task<int> RunAsync(string[] args)
    {
        var rooms = Array.IndexOf(args, "--rooms") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 1000;
        var directory = Path.Combine(Path.GetTempPath(), "cwg-checkpoint-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "guard.db");
        await using var emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions());
        var bot = emulator.Control.CreateAccount("ChatworkGuard");
        var lead = emulator.Control.CreateAccount("Team Lead");
        var witnessRoom = emulator.Control.CreateGroupRoom(lead.AccountId, "team leads", [lead.AccountId], [bot.AccountId]);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            await using (var seed = new ChatworkGuard.Archive.Sqlite.SqliteArchiveStore(new() { ConnectionString = $"Data Source={database}" }))
            {
                var drafts = new List<RecordDraft>();
                for (long room = 1; room <= rooms; room++)
                {
                    drafts.AddRange(ArchiveData.Batch(1_000_000 + room, 1, 5));
                }

                await seed.AppendBatchAsync(drafts, CancellationToken.None);
            }

            var app = BotHost.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Chatwork:ApiToken"] = bot.Token,
                ["Chatwork:BaseUrl"] = emulator.BaseUrl.ToString(),
                ["Storage:ConnectionString"] = $"Data Source={database}",
                ["Evidence:WitnessRoomId"] = witnessRoom.ToString(CultureInfo.InvariantCulture),
                ["Evidence:SigningKey"] = key.ExportPkcs8PrivateKeyPem(),
                ["Logging:LogLevel:Default"] = "Warning",
            }));
            await using (app)
            {
                var store = app.Services.GetRequiredService<IArchiveStore>();
                var checkpoints = app.Services.GetRequiredService<CheckpointService>();
                await store.InitializeAsync(CancellationToken.None);
                await CheckpointPlan.CreateAsync(store, DateTimeOffset.UnixEpoch, false, CancellationToken.None); // warm-up: JIT and the connection pool

                await MeasureAsync("baseline: read heads, build the tree", emulator, async () =>
                    (await CheckpointPlan.CreateAsync(store, TimeProvider.System.GetUtcNow(), true, CancellationToken.None)).MovedIndexes.Count);
                await MeasureAsync("checkpoint: signed, posted, records", emulator, async () =>
                    (await checkpoints.TakeAsync(CheckpointCause.Interval, null, CancellationToken.None)).RecordsAdded);
                await MeasureAsync("again, nothing moved", emulator, async () =>
                    (await checkpoints.TakeAsync(CheckpointCause.Interval, TimeProvider.System.GetUtcNow().AddHours(2), CancellationToken.None)).RecordsAdded);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task MeasureAsync(string label, ChatworkEmulator emulator, Func<Task<int>> run)
    {
        emulator.Control.ClearRequestLog();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var rooms = await run();
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-40} rooms written {rooms,5:N0}: {watch.Elapsed.TotalMilliseconds,7:F0} ms wall, {cpu.TotalMilliseconds,7:F0} ms cpu, {emulator.Control.RequestLog.Count} API call(s)"));
    }
}
