using ChatworkGuard.Emulator;
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
        Assert.Equal((start, RequestLogEntry.HashToken(world.Member.Token), "GET", $"/v2/rooms/{world.RoomId}/messages", "?force=1", 200),
            (log[0].Time, log[0].TokenHash, log[0].Method, log[0].Path, log[0].Query, log[0].Status));
        Assert.Equal((start.AddSeconds(5), RequestLogEntry.HashToken(world.Admin.Token), "POST", 200), (log[1].Time, log[1].TokenHash, log[1].Method, log[1].Status));
        Assert.Equal((RequestLogEntry.HashToken("nope"), 401), (log[2].TokenHash, log[2].Status));
        Assert.True(log[0].IsFrom(world.Member.Token) && !log[0].IsFrom(world.Admin.Token));
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

    [Fact]
    public async Task TheLogKeepsAHashPrefixNeverTheToken()
    {
        await using var world = await TestWorld.StartAsync();
        using var call = await world.Api.GetAsync(world.Member.Token, "/me");

        var entry = Assert.Single(world.Control.RequestLog);

        Assert.Matches("^[0-9a-f]{12}$", entry.TokenHash);
        Assert.DoesNotContain(world.Member.Token, entry.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(entry.TokenHash, world.Member.Token[..12]);
    }
}
