using System.Net;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class MessageChangeTests
{
    [Fact]
    public async Task GetMessage_Existing_ReturnsTheMessageObject()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "single");

        using var response = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/{id}");

        var message = await EmulatorApi.JsonAsync(response);
        Assert.Equal(id, message.GetProperty("message_id").GetString());
        Assert.Equal("single", message.GetProperty("body").GetString());
    }

    [Fact]
    public async Task GetMessage_Unknown_Is404()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/1947277194111881216");

        await EmulatorApi.AssertErrorAsync(response, 404, "Message not found");
    }

    [Fact]
    public async Task EditMessage_OwnMessage_ChangesBodyAndSetsUpdateTime()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "before");
        world.Clock.Advance(TimeSpan.FromMinutes(3));

        using var edit = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/{id}", ("body", "after"));
        using var read = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/{id}");

        Assert.Equal(id, (await EmulatorApi.JsonAsync(edit)).GetProperty("message_id").GetString());
        var message = await EmulatorApi.JsonAsync(read);
        Assert.Equal("after", message.GetProperty("body").GetString());
        Assert.Equal(world.Clock.GetUtcNow().ToUnixTimeSeconds(), message.GetProperty("update_time").GetInt64());
        Assert.Equal(world.Clock.GetUtcNow().AddMinutes(-3).ToUnixTimeSeconds(), message.GetProperty("send_time").GetInt64());
    }

    [Fact]
    public async Task EditMessage_SomeoneElsesMessage_Is403AndUnchanged()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "mine");

        using var response = await world.Api.PutAsync(world.Admin.Token, $"{world.Messages}/{id}", ("body", "hijacked"));

        await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to send/edit message.");
        Assert.Equal("mine", world.Control.GetMessages(world.RoomId).Single(m => m.MessageId == id).Body);
    }

    [Fact]
    public async Task EditMessage_MissingBodyOrUnknownMessage_Is400Or404()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "mine");

        using var missing = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/{id}");
        using var unknown = await world.Api.PutAsync(world.Member.Token, $"{world.Messages}/1947277194111881216", ("body", "x"));

        await EmulatorApi.AssertErrorAsync(missing, 400, "Parameter 'body' is required");
        await EmulatorApi.AssertErrorAsync(unknown, 404, "Message not found");
    }

    [Fact]
    public async Task DeleteMessage_Own_Answers200WithIdAndTheMessageVanishes()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "oops");

        using var delete = await world.Api.DeleteAsync(world.Member.Token, $"{world.Messages}/{id}");
        using var single = await world.Api.GetAsync(world.Admin.Token, $"{world.Messages}/{id}");
        using var list = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=1");
        using var again = await world.Api.DeleteAsync(world.Member.Token, $"{world.Messages}/{id}");

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(id, (await EmulatorApi.JsonAsync(delete)).GetProperty("message_id").GetString());
        await EmulatorApi.AssertErrorAsync(single, 404, "Message not found");
        Assert.DoesNotContain((await EmulatorApi.JsonAsync(list)).EnumerateArray(), m => m.GetProperty("message_id").GetString() == id);
        await EmulatorApi.AssertErrorAsync(again, 404, "Message not found");
    }

    [Fact]
    public async Task DeleteMessage_SomeoneElses_Is403()
    {
        await using var world = await TestWorld.StartAsync();
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "keep");

        using var response = await world.Api.DeleteAsync(world.Admin.Token, $"{world.Messages}/{id}");

        await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to delete this message");
        Assert.False(world.Control.GetMessages(world.RoomId).Single(m => m.MessageId == id).Deleted);
    }

    [Fact]
    public async Task ReadAndUnread_MoveTheReadPositionAndCountMentions()
    {
        await using var world = await TestWorld.StartAsync();
        using var _ = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read");
        var first = world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"[To:{world.Member.AccountId}] Aiko Sato\nplease check");
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "no mention");

        using var unreadAll = await world.Api.PutAsync(world.Member.Token, world.Messages + "/unread", ("message_id", first));
        using var readFirst = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read", ("message_id", first));
        using var readAgain = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read", ("message_id", first));
        using var readAll = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read");
        using var unreadMissing = await world.Api.PutAsync(world.Member.Token, world.Messages + "/unread");

        var counts = await EmulatorApi.JsonAsync(unreadAll);
        Assert.Equal(2, counts.GetProperty("unread_num").GetInt32());
        Assert.Equal(1, counts.GetProperty("mention_num").GetInt32());
        var afterFirst = await EmulatorApi.JsonAsync(readFirst);
        Assert.Equal(1, afterFirst.GetProperty("unread_num").GetInt32());
        Assert.Equal(0, afterFirst.GetProperty("mention_num").GetInt32());
        await EmulatorApi.AssertErrorAsync(readAgain, 400, "The messages are already read");
        Assert.Equal(0, (await EmulatorApi.JsonAsync(readAll)).GetProperty("unread_num").GetInt32());
        await EmulatorApi.AssertErrorAsync(unreadMissing, 400, "Parameter 'message_id' is required");
    }

    [Fact]
    public async Task PostMessage_SelfUnread_LeavesTheNewMessageUnreadForTheAuthor()
    {
        await using var world = await TestWorld.StartAsync();
        using var _ = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read");

        using var unread = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "note to self"), ("self_unread", "1"));
        using var room = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}");
        using var read = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "normal"));
        using var roomAfter = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}");

        Assert.Equal(1, (await EmulatorApi.JsonAsync(room)).GetProperty("unread_num").GetInt32());
        Assert.Equal(0, (await EmulatorApi.JsonAsync(roomAfter)).GetProperty("unread_num").GetInt32());
    }

    [Fact]
    public async Task RoomCounters_PostMovesLastUpdateTimeAndMessageNum()
    {
        await using var world = await TestWorld.StartAsync();
        using var before = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}");
        world.Clock.Advance(TimeSpan.FromMinutes(10));

        using var post = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "news"));
        using var after = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}");

        var b = await EmulatorApi.JsonAsync(before);
        var a = await EmulatorApi.JsonAsync(after);
        Assert.Equal(b.GetProperty("message_num").GetInt32() + 1, a.GetProperty("message_num").GetInt32());
        Assert.Equal(world.Clock.GetUtcNow().ToUnixTimeSeconds(), a.GetProperty("last_update_time").GetInt64());
        Assert.True(a.GetProperty("last_update_time").GetInt64() > b.GetProperty("last_update_time").GetInt64());
    }
}
