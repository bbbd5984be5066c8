using ChatworkGuard.Archive;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Stored sync cursors: a restart re-reads only what changed, and resync spends only its share of the budget.</summary>
public sealed class SyncCursorTests
{
    [Fact]
    public async Task Restart_RereadsOnlyTheRoomThatChangedWhileTheBotWasDown()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var quiet = control.CreateGroupRoom(world.Client.AccountId, "quiet project", [world.Client.AccountId], [world.BotAccount.AccountId, world.Freelancer.AccountId]);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None); // archives the bot's own intros

        await world.StopBotAsync();
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "停止中に送ったメッセージ");
        await world.StartBotAsync();
        control.ClearRequestLog();
        var report = await world.Sync.RunCycleAsync(CancellationToken.None);

        Assert.Equal(1, report.Read);
        var reads = control.RequestLog.Where(e => e.Method == "GET" && e.Path.EndsWith("/messages", StringComparison.Ordinal)).Select(e => e.Path).ToList();
        Assert.Equal([$"/v2/rooms/{world.RoomId}/messages"], reads);
        Assert.DoesNotContain(control.RequestLog, e => e.Path.Contains($"/rooms/{quiet}/", StringComparison.Ordinal));
        Assert.Contains(await world.RecordsAsync(), r => r.Kind == RecordKind.MessageCreated && r.MessageId == id);
    }

    [Fact]
    public async Task Restart_ResyncCatchesAnEditThatMovedNeitherCursorField()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var id = control.PostMessage(world.Client.AccountId, world.RoomId, "納品は金曜です");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);

        await world.StopBotAsync();
        control.EditMessage(world.RoomId, id, "納品は月曜です");
        await world.StartBotAsync();
        var afterRestart = await world.Sync.RunCycleAsync(CancellationToken.None);
        var tooEarly = await world.Resync.RunResyncAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(11));
        var due = await world.Resync.RunResyncAsync(CancellationToken.None);

        Assert.Equal((0, 0, 1), (afterRestart.Read, tooEarly, due));
        var edit = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.MessageEdited);
        Assert.Equal((RecordSource.Resync, "納品は月曜です"), (edit.Source, edit.Body));
    }

    [Fact]
    public async Task Resync_MoreRoomsDueThanItsShare_ReadsTheLeastRecentlyReadFirstAndTheRestLater()
    {
        // 1000 requests per 5 minutes × 0.01 = 2 re-reads per minute.
        await using var world = await BotHarness.StartAsync(new EmulatorOptions { RequestsPerWindow = 1000 }, settings =>
        {
            settings["Chatwork:RequestsPerWindow"] = "1000";
            settings["Sync:ResyncShare"] = "0.01";
        });
        var control = world.Emulator.Control;
        var rooms = new List<long> { world.RoomId };
        for (var i = 0; i < 3; i++)
        {
            rooms.Add(control.CreateGroupRoom(world.Client.AccountId, $"project {i}", [world.Client.AccountId], [world.BotAccount.AccountId]));
        }

        await world.Sync.RunCycleAsync(CancellationToken.None);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        // Each room is read a minute after the previous one: rooms[0] is the stalest.
        foreach (var room in rooms)
        {
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            control.PostMessage(world.Client.AccountId, room, "進捗です");
            await world.Sync.RunCycleAsync(CancellationToken.None);
        }

        world.Clock.Advance(TimeSpan.FromMinutes(11));
        control.ClearRequestLog();
        var first = await world.Resync.RunResyncAsync(CancellationToken.None);
        var firstReads = ReadPaths(control);
        var immediately = await world.Resync.RunResyncAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        control.ClearRequestLog();
        var aMinuteLater = await world.Resync.RunResyncAsync(CancellationToken.None);

        Assert.Equal((2, 0, 2), (first, immediately, aMinuteLater));
        Assert.Equal([Path(rooms[0]), Path(rooms[1])], firstReads);
        Assert.Equal([Path(rooms[2]), Path(rooms[3])], ReadPaths(control));
    }

    private static string Path(long roomId) => $"/v2/rooms/{roomId}/messages";

    private static List<string> ReadPaths(EmulatorControl control) =>
        [.. control.RequestLog.Where(e => e.Method == "GET" && e.Path.EndsWith("/messages", StringComparison.Ordinal)).Select(e => e.Path)];
}
