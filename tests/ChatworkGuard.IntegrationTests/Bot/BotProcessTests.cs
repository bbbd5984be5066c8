using System.Diagnostics;
using System.Net;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Bot.Cli;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;
using Xunit.Abstractions;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>The real `chatwork-guard run` as a child process against an in-process emulator; one class so they run one at a time.</summary>
public sealed partial class BotProcessTests : IDisposable
{
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
        var port = BotProcess.FreePort();
        await using (var first = BotProcess.Start(_directory, Environment(emulator, bot.Token), port, "run"))
        {
            var joining = Stopwatch.StartNew();
            while (!first.Lines.Any(l => l.Contains("Joined room", StringComparison.Ordinal)))
            {
                Assert.False(first.HasExited, string.Join('\n', first.Lines));
                Assert.True(joining.Elapsed < StartTimeout, "the bot never joined a room:\n" + string.Join('\n', first.Lines));
                await Task.Delay(50);
            }

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
}
