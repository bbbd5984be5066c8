using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class RequestLogTests
{
    [Fact]
    public async Task EveryApiCall_IsLoggedWithTimeTokenMethodPathAndStatus()
    {
        await using var world = await TestWorld.StartAsync();
        var start = world.Clock.GetUtcNow();

        using var a = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
        world.Clock.Advance(TimeSpan.FromSeconds(5));
        using var b = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", "x"));
        using var c = await world.Api.GetAsync("nope", "/me");
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "control calls are not logged");

        var log = world.Control.RequestLog;
        Assert.Equal(3, log.Count);
        Assert.Equal((start, world.Member.Token, "GET", $"/v2/rooms/{world.RoomId}/messages", "?force=1", 200),
            (log[0].Time, log[0].Token, log[0].Method, log[0].Path, log[0].Query, log[0].Status));
        Assert.Equal((start.AddSeconds(5), world.Admin.Token, "POST", 200), (log[1].Time, log[1].Token, log[1].Method, log[1].Status));
        Assert.Equal(("nope", 401), (log[2].Token, log[2].Status));
        Assert.All(log, e => Assert.False(e.Aborted));
    }

    [Fact]
    public async Task ClearRequestLog_EmptiesIt()
    {
        await using var world = await TestWorld.StartAsync();
        using var _ = await world.Api.GetAsync(world.Member.Token, "/me");

        world.Control.ClearRequestLog();
        using var after = await world.Api.GetAsync(world.Member.Token, "/rooms");

        Assert.Equal("/v2/rooms", Assert.Single(world.Control.RequestLog).Path);
    }

    [Fact]
    public async Task Capacity_KeepsOnlyTheNewestEntries()
    {
        await using var world = await TestWorld.StartAsync(new ChatworkGuard.Emulator.EmulatorOptions { RequestLogCapacity = 3 });
        for (var i = 0; i < 5; i++)
        {
            using var _ = await world.Api.GetAsync(world.Member.Token, $"/me?n={i}");
        }

        Assert.Equal(["?n=2", "?n=3", "?n=4"], world.Control.RequestLog.Select(e => e.Query));
    }
}
