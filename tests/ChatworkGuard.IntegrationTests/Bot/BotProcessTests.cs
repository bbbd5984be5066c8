using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Cli;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Xunit.Abstractions;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>The real `chatwork-guard run` as a child process against an in-process emulator; one class so they run one at a time.</summary>
public sealed partial class BotProcessTests : IDisposable
{
    private const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    private const string SecretRedactorMask = "<redacted>";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly string _directory = Directory.CreateTempSubdirectory("cwg-process-").FullName;
    private readonly ITestOutputHelper _output;

    public BotProcessTests(ITestOutputHelper output) => _output = output;

    private string DatabasePath => Path.Combine(_directory, "guard.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }

    private Dictionary<string, string> Environment(ChatworkEmulator emulator, string token) => new()
    {
        ["CHATWORKGUARD_Chatwork__ApiToken"] = token,
        ["CHATWORKGUARD_Chatwork__BaseUrl"] = emulator.BaseUrl.ToString(),
        ["CHATWORKGUARD_Storage__ConnectionString"] = "Data Source=" + DatabasePath,
        ["CHATWORKGUARD_Sync__Interval"] = "00:00:02",
    };

    private static async Task<List<ArchiveRecord>> ReadArchiveAsync(string path, long roomId)
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path, ReadOnly = true });
        var records = new List<ArchiveRecord>();
        await foreach (var record in store.ReadRoomAsync(roomId, 0, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task SigtermDuringASyncCycleExitsZeroWithinTenSecondsAndTheArchiveVerifies()
    {
        await using var emulator = await ChatworkEmulator.StartAsync();
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var client = control.CreateAccount("Client Corp");
        var freelancer = control.CreateAccount("山田 花子");
        var rooms = new List<long>();
        var posted = new List<(long Room, string Id)>();
        for (var i = 0; i < 12; i++)
        {
            var room = control.CreateGroupRoom(client.AccountId, $"案件 {i}", [client.AccountId], [freelancer.AccountId, bot.AccountId]);
            rooms.Add(room);
            for (var m = 0; m < 4; m++)
            {
                posted.Add((room, control.PostMessage(m % 2 == 0 ? client.AccountId : freelancer.AccountId, room, $"メッセージ {i}-{m}")));
            }
        }

        // Slow answers stretch the first cycle (join 12 rooms) over several seconds, so SIGTERM lands inside it.
        control.SetFaults(new FaultOptions { AddedLatency = TimeSpan.FromMilliseconds(250) });
        var port = FreePort.Next();
        await using (var first = BotProcess.Start(_directory, Environment(emulator, bot.Token), port, "run"))
        {
            await first.WaitForLineAsync("Joined room", StartTimeout);

            var cycleRunning = !first.Lines.Any(l => l.Contains("Sync cycle:", StringComparison.Ordinal));
            var stopping = Stopwatch.StartNew();
            first.Terminate();
            var exit = await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
            stopping.Stop();
            _output.WriteLine($"SIGTERM to exit: {stopping.Elapsed.TotalSeconds:0.00} s; jobs interrupted after the grace period: {first.Lines.Any(l => l.Contains("asking it to stop", StringComparison.Ordinal))}");

            Assert.True(cycleRunning, "SIGTERM should land while the first cycle is still joining rooms");
            Assert.True(exit is not null, "the bot did not exit after SIGTERM:\n" + string.Join('\n', first.Lines));
            Assert.True(exit == 0, $"exit code {exit}:\n{string.Join('\n', first.Lines)}");
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"shutdown took {stopping.Elapsed}:\n{string.Join('\n', first.Lines)}");
        }

        var verifyOutput = new StringWriter();
        var verifyError = new StringWriter();
        Assert.Equal(0, await VerifyCommand.RunAsync(null, DatabasePath, verifyOutput, verifyError, CancellationToken.None));

        // Restarted, the bot completes what the shutdown cut short: every message archived once, nothing twice.
        control.ClearFaults();
        await using (var second = BotProcess.Start(_directory, Environment(emulator, bot.Token), port, "run"))
        {
            await second.WaitForStatusAsync("/readyz", HttpStatusCode.OK, StartTimeout);
            second.Terminate();
            Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }

        foreach (var room in rooms)
        {
            var created = (await ReadArchiveAsync(DatabasePath, room)).Where(r => r.Kind == RecordKind.MessageCreated).Select(r => r.MessageId).ToList();
            foreach (var (_, id) in posted.Where(p => p.Room == room))
            {
                Assert.Single(created, c => c == id);
            }
        }

        Assert.Equal(0, await VerifyCommand.RunAsync(null, DatabasePath, verifyOutput, verifyError, CancellationToken.None));
    }

    [Fact]
    public async Task NoTokenOrWebhookSecretAppearsInAnythingTheBotPrintsOrExports()
    {
        await using var emulator = await ChatworkEmulator.StartAsync();
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var client = control.CreateAccount("Client Corp");
        var freelancer = control.CreateAccount("山田 花子");
        var room = control.CreateGroupRoom(client.AccountId, "LP制作", [client.AccountId], [freelancer.AccountId, bot.AccountId]);
        control.PostMessage(client.AccountId, room, "はじめまして、よろしくお願いします。");
        var port = FreePort.Next();
        var hook = control.RegisterWebhook(bot.AccountId, new Uri($"http://127.0.0.1:{port}/webhooks/chatwork"), WebhookEvents.MessageCreated | WebhookEvents.MessageUpdated, room);
        var badToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        string[] secrets = [bot.Token, hook.Token, badToken];
        var environment = Environment(emulator, bot.Token);
        environment["CHATWORKGUARD_Webhooks__Tokens__0"] = hook.Token;
        // Every category at its most talkative, the HTTP client's header logging included: nothing may slip out at any level.
        environment["Logging__LogLevel__Default"] = "Trace";
        environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Trace";
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace";
        var printed = new List<string>();

        await using (var running = BotProcess.Start(_directory, environment, port, "run", "--json-logs"))
        {
            printed.Add(await running.WaitForStatusAsync("/readyz", HttpStatusCode.OK, StartTimeout));
            var edited = control.PostMessage(client.AccountId, room, "見積もりは10万円です");
            control.PostMessage(client.AccountId, room, LineLure);
            await control.WaitForWebhookDeliveriesAsync();
            control.EditMessage(room, edited, "見積もりは12万円です");
            Assert.Equal(HttpStatusCode.Unauthorized, await PostWebhookAsync(running.Url, WebhookEvent(room, edited, client.AccountId), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            Assert.Equal(HttpStatusCode.BadRequest, await PostWebhookAsync(running.Url, "{\"webhook_event\": 42}", hook.Token));
            printed.Add(await running.WaitForAsync(
                "/metrics",
                (status, body) => status == HttpStatusCode.OK && body.Contains("kind=\"message-edited\"", StringComparison.Ordinal) && body.Contains("chatworkguard_warnings_posted_total", StringComparison.Ordinal),
                StartTimeout));
            running.Terminate();
            Assert.Equal(0, await running.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            printed.AddRange(running.Lines);
            Assert.All(running.Lines, line => JsonDocument.Parse(line).Dispose()); // --json-logs: one JSON object per line
            // Refusals are summed up (at the latest when the bot stops), not logged one by one.
            Assert.Contains(running.Lines, l => l.Contains("Webhook requests refused since the last summary: 2 (forged 1, malformed 1)", StringComparison.Ordinal));
            // The HTTP client logged its request headers, the token's among them, with the value redacted.
            Assert.Contains(running.Lines, l => l.Contains("X-ChatWorkToken", StringComparison.OrdinalIgnoreCase));
        }

        // The same secrets with a token Chatwork refuses: the 401 path logs errors and exceptions too.
        var refusedEnvironment = new Dictionary<string, string>(environment) { ["CHATWORKGUARD_Chatwork__ApiToken"] = badToken };
        await using (var refused = BotProcess.Start(_directory, refusedEnvironment, port, "run"))
        {
            printed.Add(await refused.WaitForAsync(
                "/readyz",
                (status, body) => status == HttpStatusCode.ServiceUnavailable && body.Contains("rejects the API token", StringComparison.Ordinal),
                StartTimeout));
            refused.Terminate();
            Assert.Equal(0, await refused.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            printed.AddRange(refused.Lines);
        }

        var exportDirectory = Path.Combine(_directory, "export");
        var (configExit, configLines) = await BotProcess.RunToEndAsync(_directory, environment, "check-config");
        var (exportExit, exportLines) = await BotProcess.RunToEndAsync(_directory, environment, "export", "--room", room.ToString(CultureInfo.InvariantCulture), "--out", exportDirectory);
        var (roomsExit, roomsLines) = await BotProcess.RunToEndAsync(_directory, environment, "rooms", "--json");
        printed.AddRange([.. configLines, .. exportLines, .. roomsLines]);

        Assert.Equal((0, 0, 0), (configExit, exportExit, roomsExit));
        Assert.Contains(configLines, l => l.Contains(SecretRedactorMask, StringComparison.Ordinal));
        var exported = Directory.GetFiles(exportDirectory);
        Assert.Contains(exported, f => f.EndsWith(".html", StringComparison.Ordinal));
        string[] stored = [.. Directory.GetFiles(_directory, "guard.db*")];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(printed, line => line.Contains(secret, StringComparison.Ordinal));
            foreach (var file in exported.Concat(stored))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{Path.GetFileName(file)} holds a secret");
            }
        }

        _output.WriteLine($"searched {printed.Count} printed lines and {exported.Length + stored.Length} files for {secrets.Length} secrets");
        Assert.True(printed.Count > 500, $"only {printed.Count} lines were printed: the search would prove little");
    }

    private static string WebhookEvent(long roomId, string messageId, long accountId) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["webhook_setting_id"] = "1",
            ["webhook_event_type"] = "message_created",
            ["webhook_event_time"] = 1700000000,
            ["webhook_event"] = new System.Text.Json.Nodes.JsonObject
            {
                ["message_id"] = messageId,
                ["room_id"] = roomId,
                ["account_id"] = accountId,
                ["body"] = "forged",
                ["send_time"] = 1700000000,
                ["update_time"] = 0,
            },
        }.ToJsonString();

    private static async Task<HttpStatusCode> PostWebhookAsync(Uri bot, string body, string signingKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot, "/webhooks/chatwork")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignatureVerifier.HeaderName, WebhookSignatureVerifier.ComputeSignature(Encoding.UTF8.GetBytes(body), signingKey));
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}
