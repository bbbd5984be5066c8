using System.Globalization;
using System.Net;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class RoomEndpointTests
{
    [Fact]
    public async Task GetRooms_ListsMyChatDirectAndGroupWithoutDescription()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Member.Token, "/rooms");

        var rooms = (await EmulatorApi.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal(["my", "direct", "group"], rooms.Select(r => r.GetProperty("type").GetString()));
        var my = rooms[0];
        Assert.Equal(world.Member.MyRoomId, my.GetProperty("room_id").GetInt64());
        Assert.Equal("マイチャット", my.GetProperty("name").GetString());
        Assert.True(my.GetProperty("sticky").GetBoolean());
        Assert.Equal("Kenji Tanaka", rooms[1].GetProperty("name").GetString());
        var group = rooms[2];
        Assert.Equal("member", group.GetProperty("role").GetString());
        Assert.Equal("https://appdata.chatwork.com/icon/ico_group.png", group.GetProperty("icon_path").GetString());
        Assert.Equal(1, group.GetProperty("message_num").GetInt32());
        Assert.All(rooms, r => Assert.False(r.TryGetProperty("description", out _), "GET /rooms leaves out description"));
        foreach (var field in new[] { "unread_num", "mention_num", "mytask_num", "file_num", "task_num", "last_update_time" })
        {
            Assert.True(group.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task GetRoom_Member_IncludesDescription()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Readonly.Token, $"/rooms/{world.RoomId}");

        var room = await EmulatorApi.JsonAsync(response);
        Assert.Equal("The project.", room.GetProperty("description").GetString());
        Assert.Equal("readonly", room.GetProperty("role").GetString());
    }

    [Fact]
    public async Task CreateRoom_ContactsAsMembers_ReturnsRoomIdAndCreatorIsAdmin()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.PostAsync(
            world.Admin.Token,
            "/rooms",
            ("name", "新しい部屋"),
            ("description", "desc"),
            ("members_admin_ids", world.Admin.AccountId.ToString(CultureInfo.InvariantCulture)),
            ("members_member_ids", $"{world.Member.AccountId},{world.Outsider.AccountId}"),
            ("icon_preset", "star"));
        var roomId = (await EmulatorApi.JsonAsync(response)).GetProperty("room_id").GetInt64();
        using var members = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{roomId}/members");
        using var room = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{roomId}");

        var roles = (await EmulatorApi.JsonAsync(members)).EnumerateArray()
            .ToDictionary(m => m.GetProperty("account_id").GetInt64(), m => m.GetProperty("role").GetString());
        Assert.Equal("admin", roles[world.Admin.AccountId]);
        Assert.Equal("member", roles[world.Member.AccountId]);
        Assert.Equal("member", roles[world.Outsider.AccountId]);
        var roomJson = await EmulatorApi.JsonAsync(room);
        Assert.Equal("新しい部屋", roomJson.GetProperty("name").GetString());
        Assert.Equal("https://appdata.chatwork.com/icon/ico_star.png", roomJson.GetProperty("icon_path").GetString());
    }

    [Fact]
    public async Task CreateRoom_InvalidInput_Is400WithTheReason()
    {
        await using var world = await TestWorld.StartAsync();
        var admin = world.Admin.AccountId.ToString(CultureInfo.InvariantCulture);

        using var noName = await world.Api.PostAsync(world.Admin.Token, "/rooms", ("members_admin_ids", admin));
        using var noAdmins = await world.Api.PostAsync(world.Admin.Token, "/rooms", ("name", "x"));
        using var longName = await world.Api.PostAsync(world.Admin.Token, "/rooms", ("name", new string('n', 256)), ("members_admin_ids", admin));
        using var badIds = await world.Api.PostAsync(world.Admin.Token, "/rooms", ("name", "x"), ("members_admin_ids", "12,abc"));
        using var badIcon = await world.Api.PostAsync(world.Admin.Token, "/rooms", ("name", "x"), ("members_admin_ids", admin), ("icon_preset", "rocket"));
        using var stranger = await world.Api.PostAsync(
            world.Member.Token, "/rooms", ("name", "x"), ("members_admin_ids", world.Outsider.AccountId.ToString(CultureInfo.InvariantCulture)));

        await EmulatorApi.AssertErrorAsync(noName, 400, "Parameter 'name' is required");
        await EmulatorApi.AssertErrorAsync(noAdmins, 400, "Parameter 'members_admin_ids' is required");
        await EmulatorApi.AssertErrorAsync(longName, 400, "Parameter 'name' must be 1 to 255 characters long");
        await EmulatorApi.AssertErrorAsync(badIds, 400, "Parameter 'members_admin_ids' is invalid");
        await EmulatorApi.AssertErrorAsync(badIcon, 400, "Parameter 'icon_preset' is invalid");
        await EmulatorApi.AssertErrorAsync(stranger, 400, $"Parameter 'members' contains accounts that are not your contacts or not members: {world.Outsider.AccountId}");
    }

    [Fact]
    public async Task UpdateRoom_AdminChangesNameMemberIsRefused()
    {
        await using var world = await TestWorld.StartAsync();

        using var byAdmin = await world.Api.PutAsync(world.Admin.Token, $"/rooms/{world.RoomId}", ("name", "Renamed"), ("description", "New"));
        using var byMember = await world.Api.PutAsync(world.Member.Token, $"/rooms/{world.RoomId}", ("name", "Mine now"));
        using var room = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}");

        Assert.Equal(world.RoomId, (await EmulatorApi.JsonAsync(byAdmin)).GetProperty("room_id").GetInt64());
        await EmulatorApi.AssertErrorAsync(byMember, 403, "You don't have permission to change this room; only admins can");
        var json = await EmulatorApi.JsonAsync(room);
        Assert.Equal("Renamed", json.GetProperty("name").GetString());
        Assert.Equal("New", json.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Leave_RemovesMyTasksAndFilesAndTheRoomIsLostForMe()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.CreateTask(world.Admin.AccountId, world.RoomId, "do it", [world.Member.AccountId]);
        world.Control.UploadFile(world.Member.AccountId, world.RoomId, "spec.txt", "spec"u8.ToArray());

        using var leave = await world.Api.DeleteAsync(world.Member.Token, $"/rooms/{world.RoomId}", ("action_type", "leave"));
        using var rooms = await world.Api.GetAsync(world.Member.Token, "/rooms");
        using var read = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
        using var tasks = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/tasks");
        using var files = await world.Api.GetAsync(world.Admin.Token, $"/rooms/{world.RoomId}/files");

        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        Assert.DoesNotContain((await EmulatorApi.JsonAsync(rooms)).EnumerateArray(), r => r.GetProperty("room_id").GetInt64() == world.RoomId);
        await EmulatorApi.AssertErrorAsync(read, 403, "You don't have permission to get messages in this room");
        Assert.Equal(HttpStatusCode.NoContent, tasks.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, files.StatusCode);
    }

    [Fact]
    public async Task Delete_ByAdmin_RoomDisappearsForEveryone()
    {
        await using var world = await TestWorld.StartAsync();

        using var byMember = await world.Api.DeleteAsync(world.Member.Token, $"/rooms/{world.RoomId}", ("action_type", "delete"));
        using var byAdmin = await world.Api.DeleteAsync(world.Admin.Token, $"/rooms/{world.RoomId}", ("action_type", "delete"));
        using var memberRooms = await world.Api.GetAsync(world.Member.Token, "/rooms");
        using var memberRead = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
        using var adminPost = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", "anyone?"));

        await EmulatorApi.AssertErrorAsync(byMember, 403, "You don't have permission to change this room; only admins can");
        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.DoesNotContain((await EmulatorApi.JsonAsync(memberRooms)).EnumerateArray(), r => r.GetProperty("room_id").GetInt64() == world.RoomId);
        await EmulatorApi.AssertErrorAsync(memberRead, 403, "You don't have permission to get messages in this room");
        await EmulatorApi.AssertErrorAsync(adminPost, 403, "You don't have permission to send/edit message.");
        Assert.False(world.Control.RoomExists(world.RoomId));
    }

    [Fact]
    public async Task DeleteRoom_BadActionOrNotAGroup_Is400()
    {
        await using var world = await TestWorld.StartAsync();

        using var missing = await world.Api.DeleteAsync(world.Admin.Token, $"/rooms/{world.RoomId}");
        using var bad = await world.Api.DeleteAsync(world.Admin.Token, $"/rooms/{world.RoomId}", ("action_type", "archive"));
        using var myChat = await world.Api.DeleteAsync(world.Admin.Token, $"/rooms/{world.Admin.MyRoomId}", ("action_type", "leave"));
        using var viaQuery = await world.Api.DeleteAsync(world.Member.Token, $"/rooms/{world.RoomId}?action_type=leave");

        await EmulatorApi.AssertErrorAsync(missing, 400, "Parameter 'action_type' is required");
        await EmulatorApi.AssertErrorAsync(bad, 400, "Parameter 'action_type' is invalid");
        await EmulatorApi.AssertErrorAsync(myChat, 400, "This operation is only possible in a group chat");
        Assert.Equal(HttpStatusCode.NoContent, viaQuery.StatusCode);
    }

    [Fact]
    public async Task ReplaceMembers_ReplacesTheWholeListAndRemovesTheRest()
    {
        await using var world = await TestWorld.StartAsync();
        var admin = world.Admin.AccountId.ToString(CultureInfo.InvariantCulture);

        using var response = await world.Api.PutAsync(
            world.Admin.Token,
            $"/rooms/{world.RoomId}/members",
            ("members_admin_ids", admin),
            ("members_readonly_ids", $"{world.Member.AccountId},{world.Outsider.AccountId}"));
        using var removedRead = await world.Api.GetAsync(world.Readonly.Token, world.Messages + "?force=1");
        using var byMember = await world.Api.PutAsync(world.Member.Token, $"/rooms/{world.RoomId}/members", ("members_admin_ids", admin));
        using var missing = await world.Api.PutAsync(world.Admin.Token, $"/rooms/{world.RoomId}/members");

        var result = await EmulatorApi.JsonAsync(response);
        Assert.Equal([world.Admin.AccountId], result.GetProperty("admin").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Empty(result.GetProperty("member").EnumerateArray());
        Assert.Equal(new[] { world.Member.AccountId, world.Outsider.AccountId }.Order(), result.GetProperty("readonly").EnumerateArray().Select(e => e.GetInt64()));
        await EmulatorApi.AssertErrorAsync(removedRead, 403, "You don't have permission to get messages in this room");
        await EmulatorApi.AssertErrorAsync(byMember, 403, "You don't have permission to change this room; only admins can");
        await EmulatorApi.AssertErrorAsync(missing, 400, "Parameter 'members_admin_ids' is required");
    }

    [Fact]
    public async Task UnknownPathOrMethod_Is400InvalidEndpoint()
    {
        await using var world = await TestWorld.StartAsync();

        using var unknown = await world.Api.GetAsync(world.Member.Token, "/rooms/abc/messages");
        using var wrongMethod = await world.Api.SendAsync(HttpMethod.Patch, world.Member.Token, $"/rooms/{world.RoomId}", null);
        using var fileLike = await world.Api.GetAsync(world.Member.Token, "/rooms.json");
        using var suffixed = await world.Api.PutAsync(world.Member.Token, "/incoming_requests/1/accept");

        await EmulatorApi.AssertErrorAsync(unknown, 400, "Invalid Endpoint or HTTP method");
        await EmulatorApi.AssertErrorAsync(wrongMethod, 400, "Invalid Endpoint or HTTP method");
        await EmulatorApi.AssertErrorAsync(fileLike, 400, "Invalid Endpoint or HTTP method");
        await EmulatorApi.AssertErrorAsync(suffixed, 400, "Invalid Endpoint or HTTP method");
    }
}
