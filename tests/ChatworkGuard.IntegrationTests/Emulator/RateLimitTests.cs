using System.Globalization;
using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.RateLimiting;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AnyResponse_CarriesRateLimitHeadersWithAbsoluteReset()
    {
        await using var world = await TestWorld.StartAsync();
        var expectedReset = (world.Clock.GetUtcNow() + TimeSpan.FromMinutes(5)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var ok = await world.Api.GetAsync(world.Member.Token, "/me");
        using var badRequest = await world.Api.PostAsync(world.Member.Token, world.Messages);
        using var notFound = await world.Api.GetAsync(world.Member.Token, world.Messages + "/999999999999999999");
        using var noContent = await world.Api.GetAsync(world.Member.Token, "/incoming_requests");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NoContent],
            new[] { ok.StatusCode, badRequest.StatusCode, notFound.StatusCode, noContent.StatusCode });
        var remaining = new List<string>();
        foreach (var response in new[] { ok, badRequest, notFound, noContent })
        {
            Assert.Equal("300", EmulatorApi.Header(response, "x-ratelimit-limit"));
            Assert.Equal(expectedReset, EmulatorApi.Header(response, "x-ratelimit-reset"));
            remaining.Add(EmulatorApi.Header(response, "x-ratelimit-remaining"));
        }

        Assert.Equal(["299", "298", "297", "296"], remaining);
    }

    [Fact]
    public async Task BadToken_Gets401WithHeaders()
    {
        await using var world = await TestWorld.StartAsync();

        using var wrong = await world.Api.GetAsync("not-a-token", "/me");
        using var missing = await world.Api.GetAsync("", "/rooms");

        await EmulatorApi.AssertErrorAsync(wrong, 401, "Invalid API token");
        await EmulatorApi.AssertErrorAsync(missing, 401, "Invalid API token");
        Assert.Equal("299", EmulatorApi.Header(wrong, "x-ratelimit-remaining"));
    }

    [Fact]
    public async Task OverTheLimit_Gets429UntilTheResetTime()
    {
        var options = new EmulatorOptions { RequestsPerWindow = 3, Window = TimeSpan.FromMinutes(1) };
        await using var world = await TestWorld.StartAsync(options);
        var reset = (world.Clock.GetUtcNow() + TimeSpan.FromMinutes(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await world.Api.GetAsync(world.Member.Token, "/me");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await world.Api.GetAsync(world.Member.Token, "/me");
        world.Clock.Advance(TimeSpan.FromSeconds(59));
        using var stillLimited = await world.Api.GetAsync(world.Member.Token, "/me");
        using var otherToken = await world.Api.GetAsync(world.Admin.Token, "/me");
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        using var afterReset = await world.Api.GetAsync(world.Member.Token, "/me");

        await EmulatorApi.AssertErrorAsync(limited, 429, "Rate limit exceeded. Wait until x-ratelimit-reset.");
        Assert.Equal("0", EmulatorApi.Header(limited, "x-ratelimit-remaining"));
        Assert.Equal(reset, EmulatorApi.Header(limited, "x-ratelimit-reset"));
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
        Assert.Equal("2", EmulatorApi.Header(afterReset, "x-ratelimit-remaining"));
    }

    [Fact]
    public async Task SetRateLimit_GivesEveryTokenAFreshWindowUnderTheNewLimit()
    {
        var options = new EmulatorOptions { RequestsPerWindow = 1 };
        await using var world = await TestWorld.StartAsync(options);
        using var first = await world.Api.GetAsync(world.Member.Token, "/me");
        using var limited = await world.Api.GetAsync(world.Member.Token, "/me");

        world.Control.SetRateLimit(new RateLimitSettings(2, TimeSpan.FromMinutes(1)));
        using var afterChange = await world.Api.GetAsync(world.Member.Token, "/me");
        using var second = await world.Api.GetAsync(world.Member.Token, "/me");
        using var third = await world.Api.GetAsync(world.Member.Token, "/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.Equal("2", EmulatorApi.Header(afterChange, "x-ratelimit-limit"));
        Assert.Equal("1", EmulatorApi.Header(afterChange, "x-ratelimit-remaining"));
        var reset = (world.Clock.GetUtcNow() + TimeSpan.FromMinutes(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal(reset, EmulatorApi.Header(afterChange, "x-ratelimit-reset"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(new RateLimitSettings(2, TimeSpan.FromMinutes(1)), world.Control.RateLimit);
        Assert.Throws<EmulatorControlException>(() => world.Control.SetRateLimit(new RateLimitSettings(0, TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public async Task LimitIsPerToken_TwoTokensOfOneAccountCountSeparately()
    {
        var options = new EmulatorOptions { RequestsPerWindow = 1 };
        await using var world = await TestWorld.StartAsync(options);
        var secondToken = world.Control.IssueToken(world.Member.AccountId);

        using var first = await world.Api.GetAsync(world.Member.Token, "/me");
        using var second = await world.Api.GetAsync(secondToken, "/me");
        using var firstAgain = await world.Api.GetAsync(world.Member.Token, "/me");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
    }

    [Fact]
    public async Task ControlApiCalls_DoNotCountTowardTheLimit()
    {
        var options = new EmulatorOptions { RequestsPerWindow = 1 };
        await using var world = await TestWorld.StartAsync(options);
        for (var i = 0; i < 20; i++)
        {
            world.Control.PostMessage(world.Member.AccountId, world.RoomId, $"control post {i}");
        }

        using var response = await world.Api.GetAsync(world.Member.Token, "/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
