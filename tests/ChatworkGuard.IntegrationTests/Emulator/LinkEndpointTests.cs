using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class LinkEndpointTests
{
    [Fact]
    public async Task Link_CreateReadUpdateDelete()
    {
        await using var world = await TestWorld.StartAsync();
        var link = $"/rooms/{world.RoomId}/link";

        using var none = await world.Api.GetAsync(world.Member.Token, link);
        using var created = await world.Api.PostAsync(world.Admin.Token, link, ("code", "project-x_1"), ("need_acceptance", "0"), ("description", "join us"));
        using var read = await world.Api.GetAsync(world.Member.Token, link);
        using var updated = await world.Api.PutAsync(world.Admin.Token, link, ("need_acceptance", "1"));
        using var deleted = await world.Api.DeleteAsync(world.Admin.Token, link);
        using var after = await world.Api.GetAsync(world.Member.Token, link);

        Assert.Equal("{\"public\":false}", await none.Content.ReadAsStringAsync());
        var json = await EmulatorApi.JsonAsync(created);
        Assert.True(json.GetProperty("public").GetBoolean());
        Assert.Equal("https://www.chatwork.com/g/project-x_1", json.GetProperty("url").GetString());
        Assert.False(json.GetProperty("need_acceptance").GetBoolean());
        Assert.Equal("join us", json.GetProperty("description").GetString());
        Assert.Equal(json.GetRawText(), (await EmulatorApi.JsonAsync(read)).GetRawText());
        Assert.True((await EmulatorApi.JsonAsync(updated)).GetProperty("need_acceptance").GetBoolean());
        Assert.Equal("{\"public\":false}", await deleted.Content.ReadAsStringAsync());
        Assert.Equal("{\"public\":false}", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Link_ErrorClasses()
    {
        await using var world = await TestWorld.StartAsync();
        var link = $"/rooms/{world.RoomId}/link";

        using var updateDisabled = await world.Api.PutAsync(world.Admin.Token, link, ("description", "x"));
        using var deleteDisabled = await world.Api.DeleteAsync(world.Admin.Token, link);
        using var byMember = await world.Api.PostAsync(world.Member.Token, link);
        using var badCode = await world.Api.PostAsync(world.Admin.Token, link, ("code", "no spaces allowed"));
        using var first = await world.Api.PostAsync(world.Admin.Token, link);
        using var second = await world.Api.PostAsync(world.Admin.Token, link);
        var otherRoom = world.Control.CreateGroupRoom(world.Admin.AccountId, "Other", [world.Admin.AccountId]);
        using var taken = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{otherRoom}/link", ("code", (await EmulatorApi.JsonAsync(first)).GetProperty("url").GetString()!.Split('/')[^1]));

        await EmulatorApi.AssertErrorAsync(updateDisabled, 400, "The invitation link of this room is disabled");
        await EmulatorApi.AssertErrorAsync(deleteDisabled, 400, "The invitation link of this room is disabled");
        await EmulatorApi.AssertErrorAsync(byMember, 403, "You don't have permission to change this room; only admins can");
        await EmulatorApi.AssertErrorAsync(badCode, 400, "Parameter 'code' is invalid");
        Assert.Matches("^https://www.chatwork.com/g/[A-Za-z0-9]{10}$", (await EmulatorApi.JsonAsync(first)).GetProperty("url").GetString()!);
        await EmulatorApi.AssertErrorAsync(second, 400, "An invitation link already exists in this room");
        await EmulatorApi.AssertErrorAsync(taken, 400, "The invitation link code is already in use");
    }
}
