using System.Globalization;
using System.Text.Json;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>`rooms` and `health` against a bot that really synced rooms from the emulator.</summary>
public sealed class OperationsCommandTests
{
    private static JsonElement Room(string json, long roomId)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Single(r => r.GetProperty("roomId").GetInt64() == roomId).Clone();
    }

    [Fact]
    public async Task RoomsShowsTheSyncedRoomWhileTheBotRunsAndThenItsLoss()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        control.PostMessage(world.Client.AccountId, world.RoomId, "はじめまして");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var edited = control.PostMessage(world.Freelancer.AccountId, world.RoomId, "よろしくお願いします");
        await world.Sync.RunCycleAsync(CancellationToken.None);
        control.EditMessage(world.RoomId, edited, "よろしくお願いいたします");
        control.PostMessage(world.Client.AccountId, world.RoomId, "では始めましょう");
        await world.Sync.RunCycleAsync(CancellationToken.None);

        var (exit, output, error) = await CliRunner.RunAsync("rooms", "--db", world.DatabasePath, "--json");
        control.DeleteRoom(world.RoomId);
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var (_, afterLoss, _) = await CliRunner.RunAsync("rooms", "--db", world.DatabasePath, "--json");

        Assert.Equal((0, ""), (exit, error));
        var room = Room(output, world.RoomId);
        var records = await world.RecordsAsync(); // read after the loss: room-lost, then its checkpoint
        Assert.Equal("active", room.GetProperty("state").GetString());
        Assert.Equal("LP制作（クラウドワークス）", room.GetProperty("name").GetString());
        Assert.Equal(records.Count(r => r.Kind == ChatworkGuard.Archive.RecordKind.MessageCreated), room.GetProperty("messages").GetInt32());
        Assert.Equal(1, room.GetProperty("edits").GetInt32());
        Assert.Equal("lost", Room(afterLoss, world.RoomId).GetProperty("state").GetString());
        Assert.Equal(records.Count - 2, room.GetProperty("records").GetInt32());
        Assert.Equal(records.Count, Room(afterLoss, world.RoomId).GetProperty("records").GetInt32());
    }

    [Fact]
    public async Task RoomsReadsTheBotsConfigurationForTheWatchedColumn()
    {
        await using var world = await BotHarness.StartAsync();
        await world.Sync.RunCycleAsync(CancellationToken.None);
        var environment = new Dictionary<string, string>
        {
            ["CHATWORKGUARD_Storage__ConnectionString"] = "Data Source=" + world.DatabasePath,
            ["CHATWORKGUARD_Rooms__Deny__0"] = world.RoomId.ToString(CultureInfo.InvariantCulture),
        };

        var (exit, lines) = await BotProcess.RunToEndAsync(world.Directory, environment, "rooms", "--json");

        Assert.Equal(0, exit);
        Assert.False(Room(string.Join('\n', lines), world.RoomId).GetProperty("watched").GetBoolean(), "Rooms:Deny lists the room");
    }

    [Fact]
    public async Task HealthCommandAsksTheRunningBot()
    {
        await using var world = await BotHarness.StartAsync(settings: s =>
        {
            s["Chatwork:ApiToken"] = "0123456789abcdef0123456789abcdef";
            s["Chatwork:MaxRetryAttempts"] = "0";
        });
        await Assert.ThrowsAnyAsync<Exception>(() => world.Sync.RunCycleAsync(CancellationToken.None));

        var (alive, aliveOutput, _) = await CliRunner.RunAsync("health", "--url", new Uri(world.ManagementUrl, "/healthz").ToString());
        var (ready, _, readyError) = await CliRunner.RunAsync("health", "--url", new Uri(world.ManagementUrl, "/readyz").ToString());

        Assert.Equal(0, alive);
        Assert.Contains("\"Healthy\"", aliveOutput, StringComparison.Ordinal);
        Assert.Equal(1, ready);
        Assert.Contains("answered 503", readyError, StringComparison.Ordinal);
        Assert.Contains("rejects the API token", readyError, StringComparison.Ordinal);
    }
}
