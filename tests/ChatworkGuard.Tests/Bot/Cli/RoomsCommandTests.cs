using System.Text.Json;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Cli;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Tests.Archive;
using ChatworkGuard.Tests.Bot.Rooms;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class RoomsCommandTests
{
    [Fact]
    public async Task Rooms_Json_ListsEveryRoomWithStateCountsAndAnEmptyEscrow()
    {
        using var directory = new TempDirectory();
        var path = await RoomOverviewFoldTests.CreateArchiveAsync(directory);

        var (exit, output, error) = await CliRunner.RunAsync("rooms", "--db", path, "--json");

        Assert.Equal((0, ""), (exit, error));
        using var json = JsonDocument.Parse(output);
        var rooms = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([101L, 202L], rooms.Select(r => r.GetProperty("roomId").GetInt64()));
        var active = rooms[0];
        Assert.Equal("LP制作（クラウドワークス）", active.GetProperty("name").GetString());
        Assert.Equal("active", active.GetProperty("state").GetString());
        Assert.Equal((8, 3, 1, 1, 1), (active.GetProperty("records").GetInt32(), active.GetProperty("messages").GetInt32(),
            active.GetProperty("edits").GetInt32(), active.GetProperty("deletions").GetInt32(), active.GetProperty("warnings").GetInt32()));
        Assert.Equal(Drafts.Epoch.AddSeconds(400), active.GetProperty("lastRecordAt").GetDateTimeOffset());
        Assert.Equal("lost", rooms[1].GetProperty("state").GetString());
        // An archive given with --db is not this bot's: whether it is watched is not a question its configuration answers.
        Assert.Equal(JsonValueKind.Null, active.GetProperty("watched").ValueKind);
        Assert.Equal(JsonValueKind.Null, active.GetProperty("escrow").ValueKind);
    }

    [Fact]
    public async Task Rooms_Table_ShowsOneRowPerRoomWithLastRecordInJst()
    {
        using var directory = new TempDirectory();
        var path = await RoomOverviewFoldTests.CreateArchiveAsync(directory);

        var (exit, output, _) = await CliRunner.RunAsync("rooms", "--db", path);

        Assert.Equal(0, exit);
        Assert.StartsWith("2 room(s) in " + path, output, StringComparison.Ordinal);
        var active = Assert.Single(output.Split('\n'), l => l.Contains(" 101 ", StringComparison.Ordinal));
        Assert.Contains("LP制作（クラウドワークス）", active, StringComparison.Ordinal);
        Assert.Contains(" active ", active, StringComparison.Ordinal);
        Assert.Contains("2025-07-01 18:36:40", active, StringComparison.Ordinal); // 09:36:40 UTC
        Assert.Contains(" lost ", Assert.Single(output.Split('\n'), l => l.Contains(" 202 ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StatusProvider_FillsTheEscrowColumn()
    {
        using var directory = new TempDirectory();
        var path = await RoomOverviewFoldTests.CreateArchiveAsync(directory);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RoomsCommand.RunAsync(path, json: true, new FixedEscrow(), output, error, CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(["confirmed (room 101)", "confirmed (room 202)"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("escrow").GetString()));
    }

    [Fact]
    public async Task Rooms_EscrowRecords_FillTheEscrowColumnFromTheArchive()
    {
        using var directory = new TempDirectory();
        var path = directory.File("guard.db");
        await using (var store = new ChatworkGuard.Archive.Sqlite.SqliteArchiveStore(new ChatworkGuard.Archive.Sqlite.SqliteArchiveStoreOptions { ConnectionString = "Data Source=" + path }))
        {
            var reminded = ChatworkGuard.Policy.Escrow.EscrowState.Initial(303).Reminded(Drafts.Epoch).Reminded(Drafts.Epoch.AddDays(1));
            await store.AppendBatchAsync(
                [
                    Drafts.Event(303, RecordKind.RoomJoined),
                    Drafts.Event(303, RecordKind.ReminderPosted, new ChatworkGuard.Bot.Escrow.EscrowRecordDetails(reminded, "schedule", false, null).ToJson(), 10),
                ],
                CancellationToken.None);
        }

        var (exit, output, _) = await CliRunner.RunAsync("rooms", "--db", path, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("reminded 2×", json.RootElement[0].GetProperty("escrow").GetString());
    }

    [Fact]
    public async Task Rooms_NoArchiveAtThePath_SaysSoAndExitsTwo()
    {
        using var directory = new TempDirectory();

        var (exit, _, error) = await CliRunner.RunAsync("rooms", "--db", directory.File("missing.db"));

        Assert.Equal(2, exit);
        Assert.Contains("There is no archive at", error, StringComparison.Ordinal);
    }

    private sealed class FixedEscrow : IRoomStatusProvider
    {
        public ValueTask<string?> GetEscrowStateAsync(IArchiveStore archive, long roomId, CancellationToken cancellationToken) =>
            ValueTask.FromResult<string?>($"confirmed (room {roomId})");
    }
}
