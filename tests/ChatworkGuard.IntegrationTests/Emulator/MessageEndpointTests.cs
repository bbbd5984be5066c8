using System.Net;
using System.Text;
using System.Text.Json;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class MessageEndpointTests
{
    [Fact]
    public async Task PostMessage_FormBody_ReturnsStringIdOf18To19Digits()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await EmulatorApi.JsonAsync(response)).GetProperty("message_id");
        Assert.Equal(JsonValueKind.String, id.ValueKind);
        Assert.Matches("^[0-9]{18,19}$", id.GetString()!);
        Assert.Equal("application/json", EmulatorApi.ContentType(response)!.MediaType);
        Assert.Equal("utf-8", EmulatorApi.ContentType(response)!.CharSet);
    }

    [Fact]
    public async Task PostMessage_BodyOnlyInQueryString_Is400ParameterRequired()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.PostAsync(world.Member.Token, world.Messages + "?body=hello");

        await EmulatorApi.AssertErrorAsync(response, 400, "Parameter 'body' is required");
        Assert.Single(world.Control.GetMessages(world.RoomId));
    }

    [Fact]
    public async Task PostMessage_JsonBody_Is400ParameterRequired()
    {
        await using var world = await TestWorld.StartAsync();
        using var content = new StringContent("{\"body\":\"hello\"}", Encoding.UTF8, "application/json");

        using var response = await world.Api.SendContentAsync(HttpMethod.Post, world.Member.Token, world.Messages, content);

        await EmulatorApi.AssertErrorAsync(response, 400, "Parameter 'body' is required");
    }

    [Fact]
    public async Task PostMessage_BodyTooLongOrSelfUnreadInvalid_Is400()
    {
        await using var world = await TestWorld.StartAsync();

        using var tooLong = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", new string('a', 65536)));
        using var longest = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", new string('a', 65535)));
        using var badFlag = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "x"), ("self_unread", "2"));

        await EmulatorApi.AssertErrorAsync(tooLong, 400, "Parameter 'body' must be 1 to 65535 characters long");
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        await EmulatorApi.AssertErrorAsync(badFlag, 400, "Parameter 'self_unread' is invalid");
    }

    [Fact]
    public async Task PostMessage_ReadonlyMember_Is403()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.PostAsync(world.Readonly.Token, world.Messages, ("body", "may I?"));

        await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to send/edit message.");
    }

    [Fact]
    public async Task PostMessage_NonMember_GetsLostRoomError()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.PostAsync(world.Outsider.Token, world.Messages, ("body", "let me in"));

        await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to send/edit message.");
    }

    [Fact]
    public async Task GetMessages_ForceOne_ReturnsLatest100OldestFirst()
    {
        await using var world = await TestWorld.StartAsync();
        for (var i = 1; i <= 120; i++)
        {
            world.Control.PostMessage(world.Member.AccountId, world.RoomId, $"message {i}");
        }

        using var response = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=1");

        var messages = (await EmulatorApi.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal(100, messages.Count);
        Assert.Equal("message 21", messages[0].GetProperty("body").GetString());
        Assert.Equal("message 120", messages[^1].GetProperty("body").GetString());
        var ids = messages.Select(m => ulong.Parse(m.GetProperty("message_id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.Order(), ids);
        var first = messages[0];
        Assert.Equal(world.Member.AccountId, first.GetProperty("account").GetProperty("account_id").GetInt64());
        Assert.Equal("Aiko Sato", first.GetProperty("account").GetProperty("name").GetString());
        Assert.StartsWith("https://appdata.chatwork.com/avatar/", first.GetProperty("account").GetProperty("avatar_image_url").GetString(), StringComparison.Ordinal);
        Assert.Equal(world.Clock.GetUtcNow().ToUnixTimeSeconds(), first.GetProperty("send_time").GetInt64());
        Assert.Equal(0, first.GetProperty("update_time").GetInt64());
    }

    [Fact]
    public async Task GetMessages_NewRoom_StartsWithTheRoomCreatedSystemMessage()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");

        var body = (await EmulatorApi.JsonAsync(response))[0].GetProperty("body").GetString();
        Assert.Equal(
            $"[info][title][dtext:chatroom_groupchat_created][/title][dtext:chatroom_chatname_is]Project room[dtext:chatroom_set]\n\n[dtext:chatroom_member_is][piconname:{world.Member.AccountId}][piconname:{world.Readonly.AccountId}][dtext:chatroom_added][/info]",
            body);
    }

    [Fact]
    public async Task GetMessages_ForceZero_ReturnsOnlyWhatThisReaderHasNotFetched()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "one");

        using var first = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var nothingNew = await world.Api.GetAsync(world.Member.Token, world.Messages);
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "two");
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "three");
        using var diff = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var otherReader = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=0");

        Assert.Equal(2, (await EmulatorApi.JsonAsync(first)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, nothingNew.StatusCode);
        Assert.Empty(await nothingNew.Content.ReadAsByteArrayAsync());
        Assert.Equal(["two", "three"], (await EmulatorApi.JsonAsync(diff)).EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.Equal(4, (await EmulatorApi.JsonAsync(otherReader)).GetArrayLength());
    }

    [Fact]
    public async Task GetMessages_ForceZeroWithMoreThan100New_PagesForward100AtATime()
    {
        await using var world = await TestWorld.StartAsync();
        using var _ = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        for (var i = 1; i <= 150; i++)
        {
            world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"m{i}");
        }

        using var page1 = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var page2 = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var page3 = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");

        var first = (await EmulatorApi.JsonAsync(page1)).EnumerateArray().Select(m => m.GetProperty("body").GetString()).ToList();
        var second = (await EmulatorApi.JsonAsync(page2)).EnumerateArray().Select(m => m.GetProperty("body").GetString()).ToList();
        Assert.Equal(100, first.Count);
        Assert.Equal("m1", first[0]);
        Assert.Equal(50, second.Count);
        Assert.Equal("m101", second[0]);
        Assert.Equal(HttpStatusCode.NoContent, page3.StatusCode);
    }

    [Fact]
    public async Task GetMessages_BadForce_Is400()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=yes");

        await EmulatorApi.AssertErrorAsync(response, 400, "Parameter 'force' is invalid");
    }

    [Fact]
    public async Task GetMessages_NonMember_GetsPermissionError()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.GetAsync(world.Outsider.Token, world.Messages + "?force=1");

        await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to get messages in this room");
    }

    [Fact]
    public async Task GetMessages_NonAsciiBody_IsWrittenAsLowercaseUnicodeEscapes()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "マイ \"q\" <a&b> 😀\nend");

        using var response = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");

        var raw = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("\"body\":\"\\u30de\\u30a4 \\\"q\\\" <a&b> \\ud83d\\ude00\\nend\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, c => c > 0x7F);
    }
}
