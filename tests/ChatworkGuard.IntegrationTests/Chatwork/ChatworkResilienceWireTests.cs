using System.Net;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Chatwork;

/// <summary>The client against a failing, slow and rate-limiting emulator over loopback HTTP.</summary>
public sealed class ChatworkResilienceWireTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ThousandSequentialReads_TenPercentServerErrorsAndLatency_AllSucceed()
    {
        await using var world = await ChatworkWorld.StartAsync(client: o =>
        {
            o.MaxRetryAttempts = 6;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(2);
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(50);
        });
        world.Control.SetFaults(new FaultOptions { Seed = 20250703, ServerErrorRate = 0.1, AddedLatency = TimeSpan.FromMilliseconds(1) });

        for (var i = 0; i < 1000; i++)
        {
            var messages = await world.Client.GetMessagesAsync(world.RoomId, force: true, Ct);
            Assert.NotEmpty(messages);
        }

        var log = world.BotRequests;
        var serverErrors = log.Count(e => e.Status >= 500);
        Assert.InRange(serverErrors, 50, 200); // the faults really happened and were retried away
        Assert.Equal(1000, log.Count(e => e.Status == 200));
        Assert.Equal(1000 + serverErrors, log.Count);
    }

    [Fact]
    public async Task TooManyRequestsBurst_WaitedOutUsingResetHeader_NothingSentBeforeReset()
    {
        await using var world = await ChatworkWorld.StartAsync(
            new EmulatorOptions { RequestsPerWindow = 1000, Window = TimeSpan.FromSeconds(2) },
            o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(1));
        await world.Client.GetRoomsAsync(Ct); // opens the emulator's window
        world.Control.SetFaults(new FaultOptions { TooManyRequestsBurst = 2 });

        var rooms = await world.Client.GetRoomsAsync(Ct);

        Assert.NotEmpty(rooms);
        var wire = world.Wire.Exchanges;
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], wire.Select(e => e.Status));
        for (var i = 1; i <= 2; i++)
        {
            var reset = wire[i].RateLimitReset ?? throw new InvalidOperationException("a 429 must carry x-ratelimit-reset");
            Assert.True(wire[i + 1].SentAt >= reset, $"request {i + 1} left at {wire[i + 1].SentAt:O}, before the reset {reset:O} of the 429 before it");
            Assert.True(reset - wire[i].SentAt > TimeSpan.FromMilliseconds(100), "the wait came from the reset header, not from a 1 ms backoff");
        }
    }

    [Fact]
    public async Task FourHundredReads_EmulatorLimitedTo30Per3Seconds_ZeroTooManyRequests()
    {
        var window = TimeSpan.FromSeconds(3);
        await using var world = await ChatworkWorld.StartAsync(
            new EmulatorOptions { RequestsPerWindow = 30, Window = window },
            o =>
            {
                o.RequestsPerWindow = 30;
                o.Window = window;
            });

        for (var i = 0; i < 400; i++)
        {
            await world.Client.GetRoomsAsync(Ct);
        }

        var log = world.BotRequests;
        Assert.Equal(0, log.Count(e => e.Status == 429));
        Assert.Equal(400, log.Count);
        Assert.True(world.Budget.State.TotalGranted >= 400);
    }

    [Fact]
    public async Task PostWhoseAnswerIsLost_AppliedThenConnectionClosed_NoSecondMessage()
    {
        await using var world = await ChatworkWorld.StartAsync();
        await world.Client.GetMeAsync(Ct);
        world.Control.SetFaults(new FaultOptions { CloseAfterNextPost = true });
        const string body = "[info][title]ChatworkGuard[/title]直接取引は規約違反です[/info]";

        var id = await world.Client.PostMessageAsync(world.RoomId, body, cancellationToken: Ct);

        var stored = world.Control.GetMessages(world.RoomId).Where(m => m.Body == body).ToList();
        Assert.Equal(id, Assert.Single(stored).MessageId);
        Assert.Equal(1, world.BotRequests.Count(e => e.Method == "POST"));
        Assert.Contains(world.BotRequests, e => e.Method == "POST" && e.Aborted);
    }

    [Fact]
    public async Task TenPosts_ServerErrorsAndLostAnswers_EachBodyExactlyOnce()
    {
        await using var world = await ChatworkWorld.StartAsync(client: o => o.MaxRetryAttempts = 10);
        world.Control.SetFaults(new FaultOptions { Seed = 7, ServerErrorRate = 0.2, CloseConnectionRate = 0.2 });

        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await world.Client.PostMessageAsync(world.RoomId, $"[info]警告 {i}[/info]", cancellationToken: Ct));
        }

        var stored = world.Control.GetMessages(world.RoomId).Where(m => m.AccountId == world.Bot.AccountId).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"[info]警告 {i}[/info]"), stored.Select(m => m.Body));
        Assert.Equal(ids, stored.Select(m => m.MessageId));
        Assert.Contains(world.BotRequests, e => e.Method == "POST" && (e.Aborted || e.Status >= 500));
    }

    [Fact]
    public async Task ElevenPostsToOneRoom_BudgetKeepsPerRoomLimit_ZeroTooManyRequests()
    {
        await using var world = await ChatworkWorld.StartAsync();

        for (var i = 0; i < 11; i++)
        {
            await world.Client.PostMessageAsync(world.RoomId, $"リマインド {i}", cancellationToken: Ct);
        }

        var posts = world.Wire.Exchanges.Where(e => e.Method == "POST").ToList();
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.True(posts[10].SentAt - posts[0].SentAt >= TimeSpan.FromSeconds(9.5), "the 11th post waits for the room's 10-second window");
    }

    [Fact]
    public async Task SlowServer_AttemptTimeout_IsTimeoutNotCallerCancellation()
    {
        await using var world = await ChatworkWorld.StartAsync(client: o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 1;
        });
        world.Control.SetFaults(new FaultOptions { AddedLatency = TimeSpan.FromSeconds(3) });

        var error = await Assert.ThrowsAsync<ChatworkRequestException>(() => world.Client.GetRoomsAsync(Ct));

        Assert.Equal(ChatworkRequestFailure.Timeout, error.Failure);
        Assert.False(error.MayHaveBeenApplied);
        Assert.Equal(2, world.Wire.Exchanges.Count);
    }

    [Fact]
    public async Task SlowServer_CallerCancels_OperationCanceledNotTimeout()
    {
        await using var world = await ChatworkWorld.StartAsync(client: o => o.AttemptTimeout = TimeSpan.FromSeconds(30));
        world.Control.SetFaults(new FaultOptions { AddedLatency = TimeSpan.FromSeconds(3) });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Client.GetRoomsAsync(cts.Token));

        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.Single(world.Wire.Exchanges);
    }

    [Fact]
    public async Task DeadApi_CircuitOpens_LaterCallsNotSent()
    {
        await using var world = await ChatworkWorld.StartAsync(client: o =>
        {
            o.MaxRetryAttempts = 2;
            o.CircuitBreakerMinimumThroughput = 4;
            o.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1);
        });
        world.Control.SetFaults(new FaultOptions { ServerErrorRate = 1.0 });

        var first = await Assert.ThrowsAsync<ChatworkApiException>(() => world.Client.GetRoomsAsync(Ct));
        ChatworkRequestException? open = null;
        for (var i = 0; i < 5 && open is null; i++)
        {
            open = await Record.ExceptionAsync(() => world.Client.GetRoomsAsync(Ct)) as ChatworkRequestException;
        }

        Assert.True((int)first.StatusCode >= 500);
        Assert.NotNull(open);
        Assert.Equal(ChatworkRequestFailure.CircuitOpen, open.Failure);
        var sent = world.Wire.Exchanges.Count;
        await Assert.ThrowsAsync<ChatworkRequestException>(() => world.Client.GetRoomsAsync(Ct));
        Assert.Equal(sent, world.Wire.Exchanges.Count);
    }
}
