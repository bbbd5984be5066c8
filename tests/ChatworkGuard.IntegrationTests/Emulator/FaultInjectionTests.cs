using System.Diagnostics;
using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task SameSeed_GivesTheSameSequenceOfStatuses()
    {
        var faults = new FaultOptions { Seed = 42, ServerErrorRate = 0.4 };

        var first = await StatusesAsync(faults, 30);
        var second = await StatusesAsync(faults, 30);
        var otherSeed = await StatusesAsync(faults with { Seed = 7 }, 30);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.Contains(first, s => s >= 500);
        Assert.Contains(first, s => s == 200);
        Assert.All(first, s => Assert.True(s is 200 or 500 or 502 or 503, $"unexpected status {s}"));
    }

    [Fact]
    public async Task ServerError_IsNotAppliedAndIsLogged()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(new FaultOptions { ServerErrorRate = 1 });

        using var response = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "lost"));

        Assert.True((int)response.StatusCode >= 500, $"Expected a 5xx, got {(int)response.StatusCode}");
        Assert.Single(world.Control.GetMessages(world.RoomId));
        Assert.Equal((int)response.StatusCode, world.Control.RequestLog.Single().Status);
    }

    [Fact]
    public async Task TooManyRequestsBurst_AnswersTheNextRequests429ThenRecovers()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(new FaultOptions { TooManyRequestsBurst = 2 });

        using var first = await world.Api.GetAsync(world.Member.Token, "/me");
        using var second = await world.Api.GetAsync(world.Member.Token, "/me");
        using var third = await world.Api.GetAsync(world.Member.Token, "/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal("0", EmulatorApi.Header(first, "x-ratelimit-remaining"));
        Assert.NotEqual("", EmulatorApi.Header(first, "x-ratelimit-reset"));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task CloseAfterNextPost_AppliesThePostButTheClientSeesAFailure()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(new FaultOptions { CloseAfterNextPost = true });

        using var read = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
        await Assert.ThrowsAnyAsync<HttpRequestException>(async () =>
        {
            using var post = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "did it arrive?"));
            await post.Content.ReadAsByteArrayAsync();
        });
        using var secondPost = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "once only"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondPost.StatusCode);
        Assert.Contains(world.Control.GetMessages(world.RoomId), m => m.Body == "did it arrive?");
        Assert.True(world.Control.RequestLog.Single(e => e.Method == "POST" && e.Aborted).Status == 200);
    }

    [Fact]
    public async Task HoldAfterNextPost_AppliesThePostAndAnswersNothingUntilTheClientLeaves()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(new FaultOptions { HoldAfterNextPost = true });
        using var http = new HttpClient();
        using var leave = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, world.Api.Url(world.Messages))
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("body", "held")]),
        };
        request.Headers.TryAddWithoutValidation("X-ChatWorkToken", world.Member.Token);

        var post = http.SendAsync(request, leave.Token);
        await world.Control.WaitForHeldPostAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var answeredWhileHeld = post.IsCompleted;
        await leave.CancelAsync();

        Assert.False(answeredWhileHeld, "The held post was answered.");
        Assert.Contains(world.Control.GetMessages(world.RoomId), m => m.Body == "held");
        Assert.Contains(world.Control.RequestLog, e => e.Method == "POST" && e.Aborted && e.Status == 200);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        using var next = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", "answered"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task CloseConnectionRate_CutsResponsesOff()
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(new FaultOptions { CloseConnectionRate = 1 });

        await Assert.ThrowsAnyAsync<HttpRequestException>(async () =>
        {
            using var response = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
            await response.Content.ReadAsByteArrayAsync();
        });
    }

    [Fact]
    public async Task AddedLatency_DelaysTheAnswerAndClearFaultsRemovesIt()
    {
        await using var emulator = await ChatworkEmulator.StartAsync();
        var account = emulator.Control.CreateAccount("Slow reader");
        using var api = new EmulatorApi(emulator);
        emulator.Control.SetFaults(new FaultOptions { AddedLatency = TimeSpan.FromMilliseconds(400) });

        var watch = Stopwatch.StartNew();
        using var slow = await api.GetAsync(account.Token, "/me");
        var elapsed = watch.Elapsed;
        emulator.Control.ClearFaults();

        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(390), $"The answer came after {elapsed.TotalMilliseconds} ms, before the added latency.");
        Assert.Null(emulator.Control.Faults);
    }

    [Fact]
    public async Task InvalidFaultOptions_AreRefused()
    {
        await using var world = await TestWorld.StartAsync();

        var exception = Assert.Throws<EmulatorControlException>(() => world.Control.SetFaults(new FaultOptions { ServerErrorRate = 1.5, TooManyRequestsBurst = -1 }));

        Assert.Contains("ServerErrorRate must be between 0 and 1 (was 1.5)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("TooManyRequestsBurst must not be negative", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<List<int>> StatusesAsync(FaultOptions faults, int count)
    {
        await using var world = await TestWorld.StartAsync();
        world.Control.SetFaults(faults);
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await world.Api.GetAsync(world.Member.Token, "/me");
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal(statuses, world.Control.RequestLog.Select(e => e.Status));
        return statuses;
    }
}
