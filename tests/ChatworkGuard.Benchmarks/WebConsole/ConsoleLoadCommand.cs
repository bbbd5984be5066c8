using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatworkGuard.Archive;
using ChatworkGuard.Benchmarks.Archive;
using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Emulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.WebConsole;

/// <summary>The console's rooms page for many rooms, on a real SQLite archive and the real bot host:
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- console [--rooms 1000] [--records 32] [--samples 30]</c>.
/// Prints one JSON line: the server time of GET /console/ (measured inside the host, from the request entering the pipeline to
/// its response written): the first page requested while the start-up warm-up still folds the rooms, the first page
/// after it, and p50/p95 of the pages after that, beside the baseline in
/// the same process: folding every room as `chatwork-guard rooms` does.</summary>
internal static partial class ConsoleLoadCommand
{
    public const string Name = "console";
    private const string Password = "benchmark-password";

    public static async Task<int> RunAsync(string[] args)
    {
        var rooms = Option(args, "--rooms", 1000);
        var records = Option(args, "--records", 32);
        var samples = Option(args, "--samples", 30);
        var directory = Path.Combine(Path.GetTempPath(), "cwg-console-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var database = Path.Combine(directory, "guard.db");
            await FillAsync(database, rooms, records);
            await using var emulator = await ChatworkEmulator.StartAsync();
            var bot = emulator.Control.CreateAccount("ChatworkGuard");
            var hostSettings = new Dictionary<string, string?>
            {
                ["Chatwork:ApiToken"] = bot.Token,
                ["Chatwork:BaseUrl"] = emulator.BaseUrl.ToString(),
                ["Storage:Provider"] = "Sqlite",
                ["Storage:ConnectionString"] = $"Data Source={database}",
                ["Urls"] = "http://127.0.0.1:0",
                ["Management:Urls"] = "http://127.0.0.1:0",
                ["Sync:Enabled"] = "false",
                ["Console:Users:0:Name"] = "lead",
                ["Console:Users:0:Password"] = Password,
                ["Logging:LogLevel:Default"] = "Warning",
            };

            // A lead who opens the console the moment the bot is up: the first page races the warm-up.
            double firstPageDuringWarmUp, warmUp;
            await using (var host = await ConsoleHost.StartAsync(hostSettings))
            {
                using var http = await host.LogInAsync(Password);
                await PageAsync(http, rooms);
                firstPageDuringWarmUp = host.Timings.Snapshot()[0];
                warmUp = await host.WarmUpMillisecondsAsync();
            }

            // A lead who opens it later: the warm-up has folded every room.
            await using (var host = await ConsoleHost.StartAsync(hostSettings))
            {
                await host.WarmUpMillisecondsAsync();
                using var http = await host.LogInAsync(Password);
                var firstBytes = await PageAsync(http, rooms);
                for (var i = 0; i < samples; i++)
                {
                    await PageAsync(http, rooms);
                }

                var pages = host.Timings.Snapshot();
                var baseline = await BaselineAsync(host.App.Services.GetRequiredService<IArchiveStore>(), 5);
                var warm = pages.Skip(1).Order().ToList();
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    command = "console",
                    rooms,
                    recordsPerRoom = records + 4,
                    pageBytes = firstBytes,
                    warmUpMs = Math.Round(warmUp, 1),
                    firstPageDuringWarmUpMs = Math.Round(firstPageDuringWarmUp, 1),
                    firstPageAfterWarmUpMs = Math.Round(pages[0], 1),
                    p50Ms = Math.Round(Percentile(warm, 0.50), 1),
                    p95Ms = Math.Round(Percentile(warm, 0.95), 1),
                    samples = warm.Count,
                    baselineRoomsFoldP50Ms = Math.Round(Percentile(baseline, 0.50), 1),
                }));
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    // Each room: joined, a snapshot with two members, `records` messages (every tenth an edit), a deletion and a warning.
    private static async Task FillAsync(string database, int rooms, int records)
    {
        await using var store = ArchiveStoreFactory.Create(new StorageOptions { ConnectionString = $"Data Source={database}" }, readOnly: false);
        await store.InitializeAsync(CancellationToken.None);
        var at = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        for (long room = 1; room <= rooms; room++)
        {
            var roomId = 400_000_000 + room;
            var drafts = new List<RecordDraft>
            {
                new() { RoomId = roomId, Kind = RecordKind.RoomJoined, ObservedAt = at, Source = RecordSource.Poll },
                new()
                {
                    RoomId = roomId, Kind = RecordKind.RoomSnapshot, ObservedAt = at, Source = RecordSource.Poll,
                    Details = new RoomSnapshotDetails(string.Create(CultureInfo.InvariantCulture, $"案件 {room}（クラウドワークス）"),
                        [new RoomMember(10_000_000, "山田 太郎", "admin"), new RoomMember(10_000_001, "Sato Design", "member")], "CrowdWorks").ToJson(),
                },
            };
            drafts.AddRange(ArchiveData.Batch(roomId, 1, records));
            var last = drafts[^1];
            drafts.Add(last with { Kind = RecordKind.MessageDeleted, ObservedAt = last.ObservedAt.AddSeconds(1) });
            drafts.Add(new RecordDraft
            {
                RoomId = roomId, Kind = RecordKind.WarningPosted, ObservedAt = last.ObservedAt.AddSeconds(2), Source = RecordSource.Poll,
                Details = new WarningDetails(["off-platform-contact"], ["contact.line"], last.MessageId, "LINE", null, null).ToJson(),
            });
            await store.AppendBatchAsync(drafts, CancellationToken.None);
        }
    }

    // The page must list every room, or the figure measures something else.
    private static async Task<int> PageAsync(HttpClient http, int rooms)
    {
        var html = await http.GetStringAsync(new Uri("/console/", UriKind.Relative));
        var listed = RowPattern().Count(html);
        return listed == rooms ? html.Length : throw new InvalidOperationException($"The rooms page listed {listed} rooms, not {rooms}.");
    }

    private static async Task<List<double>> BaselineAsync(IArchiveStore store, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var roomId in await store.ListRoomsAsync(CancellationToken.None))
            {
                await RoomOverviewFold.ReadAsync(store, roomId, CancellationToken.None);
                await ArchivedEscrowStatusProvider.Instance.GetEscrowStateAsync(store, roomId, CancellationToken.None);
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return [.. times.Order()];
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex("<tr data-room-id=")]
    private static partial Regex RowPattern();
}
