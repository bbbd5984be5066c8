using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class FreePlanTests
{
    private const string Limitation = "chatwork-message-limitation";

    [Fact]
    public async Task FreeAccount_SeesOnlyTheLast40DaysWithTheLimitationHeader()
    {
        await using var world = await TestWorld.StartAsync();
        var free = world.Control.CreateAccount("Free user", AccountPlan.Free);
        world.Control.AddMember(world.RoomId, free.AccountId);
        var old = world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "old");
        world.Clock.Advance(TimeSpan.FromDays(41));
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "recent");

        using var freeList = await world.Api.GetAsync(free.Token, world.Messages + "?force=1");
        using var freeOld = await world.Api.GetAsync(free.Token, $"{world.Messages}/{old}");
        using var paidList = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");

        Assert.Equal(["recent"], (await EmulatorApi.JsonAsync(freeList)).EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.Equal("true", EmulatorApi.Header(freeList, Limitation));
        Assert.NotEqual("", EmulatorApi.Header(freeList, "chatwork-message-limitation-summary"));
        Assert.Equal(HttpStatusCode.NotFound, freeOld.StatusCode);
        Assert.Equal("true", EmulatorApi.Header(freeOld, Limitation));
        Assert.Equal(3, (await EmulatorApi.JsonAsync(paidList)).GetArrayLength());
        Assert.False(paidList.Headers.Contains(Limitation), "the header is never sent as false, only left out");
    }

    [Fact]
    public async Task FreeAccount_EverythingHidden_Is204WithTheHeader()
    {
        await using var world = await TestWorld.StartAsync();
        var free = world.Control.CreateAccount("Free user", AccountPlan.Free);
        world.Control.AddMember(world.RoomId, free.AccountId);
        world.Clock.Advance(TimeSpan.FromDays(41));

        using var list = await world.Api.GetAsync(free.Token, world.Messages + "?force=1");

        Assert.Equal(HttpStatusCode.NoContent, list.StatusCode);
        Assert.Equal("true", EmulatorApi.Header(list, Limitation));
    }
}
