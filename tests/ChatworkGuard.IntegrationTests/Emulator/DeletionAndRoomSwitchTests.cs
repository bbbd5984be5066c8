using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

/// <summary>Deleted messages, lost rooms and last_update_time switches, each in every position.</summary>
public sealed class DeletionAndRoomSwitchTests
{
    [Fact]
    public async Task DeletedMessage_Vanish_LeavesListsAnswers404AndLowersMessageNum()
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { DeletedMessageBehavior = DeletedMessageBehavior.Vanish });
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "secret");
        world.Control.DeleteMessage(world.RoomId, id);

        using var list = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=1");
        using var single = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/{id}");
        using var room = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}");

        Assert.DoesNotContain((await EmulatorApi.JsonAsync(list)).EnumerateArray(), m => m.GetProperty("message_id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
        Assert.Equal(1, (await EmulatorApi.JsonAsync(room)).GetProperty("message_num").GetInt32());
    }

    [Fact]
    public async Task DeletedMessage_Tombstone_StaysWithDeletedBodyAndDeletionTime()
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { DeletedMessageBehavior = DeletedMessageBehavior.Tombstone });
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "secret");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        using var delete = await world.Api.DeleteAsync(world.Member.Token, $"{world.Messages}/{id}");

        using var list = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=1");
        using var single = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/{id}");
        using var room = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}");
        using var editTombstone = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/{id}", ("body", "revive"));

        var listed = (await EmulatorApi.JsonAsync(list)).EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == id);
        Assert.Equal("[deleted]", listed.GetProperty("body").GetString());
        Assert.Equal(world.Clock.GetUtcNow().ToUnixTimeSeconds(), listed.GetProperty("update_time").GetInt64());
        Assert.Equal("[deleted]", (await EmulatorApi.JsonAsync(single)).GetProperty("body").GetString());
        Assert.Equal(2, (await EmulatorApi.JsonAsync(room)).GetProperty("message_num").GetInt32());
        await EmulatorApi.AssertErrorAsync(editTombstone, 404, "Message not found");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task LostRoomStatusCode_AppliesToDeletedLeftRemovedAndUnknownRooms(int status)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { LostRoomStatusCode = status });
        var left = world.Control.CreateGroupRoom(world.Admin.AccountId, "Left", [world.Admin.AccountId], [world.Member.AccountId]);
        var removed = world.Control.CreateGroupRoom(world.Admin.AccountId, "Removed", [world.Admin.AccountId], [world.Member.AccountId]);
        using var leave = await world.Api.DeleteAsync(world.Member.Token, $"/rooms/{left}", ("action_type", "leave"));
        world.Control.RemoveMember(removed, world.Member.AccountId);
        world.Control.DeleteRoom(world.RoomId);

        foreach (var roomId in new[] { world.RoomId, left, removed, 999_999_999L })
        {
            using var read = await world.Api.GetAsync(world.Member.Token, $"/rooms/{roomId}/messages?force=1");
            using var post = await world.Api.PostAsync(world.Member.Token, $"/rooms/{roomId}/messages", ("body", "hello?"));
            using var room = await world.Api.GetAsync(world.Member.Token, $"/rooms/{roomId}");
            await EmulatorApi.AssertErrorAsync(read, status, "You don't have permission to get messages in this room");
            await EmulatorApi.AssertErrorAsync(post, status, "You don't have permission to send/edit message.");
            await EmulatorApi.AssertErrorAsync(room, status, "You don't have permission to access this room");
        }

        using var rooms = await world.Api.GetAsync(world.Member.Token, "/rooms");
        Assert.Equal(["my", "direct"], (await EmulatorApi.JsonAsync(rooms)).EnumerateArray().Select(r => r.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EditsMoveLastUpdateTime_BothPositions(bool moves)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { EditsMoveLastUpdateTime = moves });
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "v1");
        var posted = await LastUpdateTimeAsync(world);
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        using var edit = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/{id}", ("body", "v2"));

        Assert.Equal(moves ? world.Clock.GetUtcNow().ToUnixTimeSeconds() : posted, await LastUpdateTimeAsync(world));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeletionsMoveLastUpdateTime_BothPositions(bool moves)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { DeletionsMoveLastUpdateTime = moves });
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "v1");
        var posted = await LastUpdateTimeAsync(world);
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        using var delete = await world.Api.DeleteAsync(world.Member.Token, $"{world.Messages}/{id}");

        Assert.Equal(moves ? world.Clock.GetUtcNow().ToUnixTimeSeconds() : posted, await LastUpdateTimeAsync(world));
    }

    private static async Task<long> LastUpdateTimeAsync(TestWorld world)
    {
        using var rooms = await world.Api.GetAsync(world.Admin.Token, "/rooms");
        return (await EmulatorApi.JsonAsync(rooms)).EnumerateArray()
            .Single(r => r.GetProperty("room_id").GetInt64() == world.RoomId)
            .GetProperty("last_update_time").GetInt64();
    }
}
