using System.Globalization;
using System.Net;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class AccountEndpointTests
{
    [Fact]
    public async Task Me_ReturnsEveryDocumentedField()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Member.Token, "/me");

        var me = await EmulatorApi.JsonAsync(response);
        Assert.Equal(world.Member.AccountId, me.GetProperty("account_id").GetInt64());
        Assert.Equal(world.Member.MyRoomId, me.GetProperty("room_id").GetInt64());
        Assert.Equal("Aiko Sato", me.GetProperty("name").GetString());
        foreach (var field in new[]
        {
            "chatwork_id", "organization_id", "organization_name", "department", "title", "url", "introduction", "mail",
            "tel_organization", "tel_extension", "tel_mobile", "skype", "facebook", "twitter", "avatar_image_url", "login_mail",
        })
        {
            Assert.True(me.TryGetProperty(field, out _), $"/me lacks {field}");
        }
    }

    [Fact]
    public async Task MyStatus_CountsUnreadMentionsAndTasksAcrossRooms()
    {
        await using var world = await TestWorld.StartAsync();
        using var _ = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read");
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"[To:{world.Member.AccountId}] hi");
        world.Control.CreateTask(world.Admin.AccountId, world.RoomId, "write spec", [world.Member.AccountId]);

        using var response = await world.Api.GetAsync(world.Member.Token, "/my/status");

        var status = await EmulatorApi.JsonAsync(response);
        Assert.Equal(1, status.GetProperty("unread_room_num").GetInt32());
        Assert.Equal(1, status.GetProperty("mention_room_num").GetInt32());
        Assert.Equal(1, status.GetProperty("mytask_room_num").GetInt32());
        Assert.Equal(2, status.GetProperty("unread_num").GetInt32());
        Assert.Equal(1, status.GetProperty("mention_num").GetInt32());
        Assert.Equal(1, status.GetProperty("mytask_num").GetInt32());
    }

    [Fact]
    public async Task MyTasks_FiltersByStatusAndAssigner()
    {
        await using var world = await TestWorld.StartAsync();
        var taskId = world.Control.CreateTask(world.Admin.AccountId, world.RoomId, "write spec", [world.Member.AccountId]).Single();

        using var open = await world.Api.GetAsync(world.Member.Token, "/my/tasks");
        using var done = await world.Api.GetAsync(world.Member.Token, "/my/tasks?status=done");
        using var byOther = await world.Api.GetAsync(world.Member.Token, $"/my/tasks?assigned_by_account_id={world.Member.AccountId}");
        using var bad = await world.Api.GetAsync(world.Member.Token, "/my/tasks?status=closed");

        var task = (await EmulatorApi.JsonAsync(open)).EnumerateArray().Single();
        Assert.Equal(taskId, task.GetProperty("task_id").GetInt64());
        Assert.Equal(world.RoomId, task.GetProperty("room").GetProperty("room_id").GetInt64());
        Assert.Equal(world.Admin.AccountId, task.GetProperty("assigned_by_account").GetProperty("account_id").GetInt64());
        Assert.Equal("open", task.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byOther.StatusCode);
        await EmulatorApi.AssertErrorAsync(bad, 400, "Parameter 'status' is invalid");
    }

    [Fact]
    public async Task Contacts_NoneIs204OtherwiseTheListWithDirectRooms()
    {
        await using var world = await TestWorld.StartAsync();

        using var none = await world.Api.GetAsync(world.Readonly.Token, "/contacts");
        using var some = await world.Api.GetAsync(world.Admin.Token, "/contacts");

        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        var contacts = (await EmulatorApi.JsonAsync(some)).EnumerateArray().ToList();
        Assert.Equal([world.Member.AccountId, world.Outsider.AccountId], contacts.Select(c => c.GetProperty("account_id").GetInt64()));
        var directRoom = contacts[0].GetProperty("room_id").GetInt64();
        using var direct = await world.Api.GetAsync(world.Member.Token, $"/rooms/{directRoom}");
        Assert.Equal("direct", (await EmulatorApi.JsonAsync(direct)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task IncomingRequests_ListAcceptAndReject()
    {
        await using var world = await TestWorld.StartAsync();
        var fromOutsider = world.Control.AddIncomingRequest(world.Outsider.AccountId, world.Readonly.AccountId, "Hello!");
        var fromMember = world.Control.AddIncomingRequest(world.Member.AccountId, world.Readonly.AccountId);

        using var list = await world.Api.GetAsync(world.Readonly.Token, "/incoming_requests");
        using var accept = await world.Api.PutAsync(world.Readonly.Token, $"/incoming_requests/{fromOutsider}");
        using var reject = await world.Api.DeleteAsync(world.Readonly.Token, $"/incoming_requests/{fromMember}");
        using var again = await world.Api.PutAsync(world.Readonly.Token, $"/incoming_requests/{fromOutsider}");
        using var empty = await world.Api.GetAsync(world.Readonly.Token, "/incoming_requests");
        using var contacts = await world.Api.GetAsync(world.Readonly.Token, "/contacts");

        var requests = (await EmulatorApi.JsonAsync(list)).EnumerateArray().ToList();
        Assert.Equal([fromOutsider, fromMember], requests.Select(r => r.GetProperty("request_id").GetInt64()));
        Assert.Equal("Hello!", requests[0].GetProperty("message").GetString());
        Assert.Equal(world.Outsider.AccountId, requests[0].GetProperty("account_id").GetInt64());
        var contact = await EmulatorApi.JsonAsync(accept);
        Assert.Equal(world.Outsider.AccountId, contact.GetProperty("account_id").GetInt64());
        Assert.True(contact.GetProperty("room_id").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.NoContent, reject.StatusCode);
        await EmulatorApi.AssertErrorAsync(again, 404, "Contact request not found");
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        Assert.Equal(
            [world.Outsider.AccountId.ToString(CultureInfo.InvariantCulture)],
            (await EmulatorApi.JsonAsync(contacts)).EnumerateArray().Select(c => c.GetProperty("account_id").GetInt64().ToString(CultureInfo.InvariantCulture)));
    }
}
