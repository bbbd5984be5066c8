using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatworkGuard.Archive;
using ChatworkGuard.Benchmarks.Archive;
using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Management;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Emulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.WebConsole;

/// <summary>The console's rooms page for many rooms, on a real SQLite archive and the real bot host:
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- console [--rooms 1000] [--records 32] [--samples 30]</c>.
/// Prints one JSON line: the server time of GET /console/ (measured inside the host, from the request entering the pipeline to
/// its response written) for the first page (every room folded) and p50/p95 of the pages after it, beside the baseline in
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
            var timings = new ServerTimings();
            var app = BotHost.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
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
                });
                builder.Services.AddSingleton<IStartupFilter>(timings);
            });
            await app.StartAsync();
            try
            {
                var management = app.Services.GetRequiredService<KestrelListeners>().ManagementUrls[0];
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = management };
                await LogInAsync(http);
                var firstBytes = await PageAsync(http, rooms);
                for (var i = 0; i < samples; i++)
                {
                    await PageAsync(http, rooms);
                }

                var pages = timings.Snapshot();
                var baseline = await BaselineAsync(app.Services.GetRequiredService<IArchiveStore>(), 5);
                var warm = pages.Skip(1).Order().ToList();
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    command = "console",
                    rooms,
                    recordsPerRoom = records + 4,
                    pageBytes = firstBytes,
                    firstPageMs = Math.Round(pages[0], 1),
                    p50Ms = Math.Round(Percentile(warm, 0.50), 1),
                    p95Ms = Math.Round(Percentile(warm, 0.95), 1),
                    samples = warm.Count,
                    baselineRoomsFoldP50Ms = Math.Round(Percentile(baseline, 0.50), 1),
                }));
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
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

    private static async Task LogInAsync(HttpClient http)
    {
        var form = await http.GetStringAsync(new Uri("/console/login", UriKind.Relative));
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var login = await http.PostAsync(new Uri("/console/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "lead",
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (!login.RequestMessage!.RequestUri!.AbsolutePath.Equals("/console/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The benchmark could not log in: {(int)login.StatusCode} at {login.RequestMessage.RequestUri}.");
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
                await RoomOverviewReader.ReadAsync(store, roomId, CancellationToken.None);
                await ArchivedEscrowStatusProvider.Instance.GetEscrowStateAsync(store, roomId, CancellationToken.None);
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return [.. times.Order()];
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<tr data-room-id=")]
    private static partial Regex RowPattern();
}
