using System.Threading.RateLimiting;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;

namespace ChatworkGuard.Tests.Chatwork.Budget;

public sealed class ApiBudgetTests : IDisposable
{
    private static readonly ApiCall ReadCall = new(RequestPriority.Read);
    private static readonly ApiCall ResyncCall = new(RequestPriority.Resync);
    private static readonly ApiCall PostCall = new(RequestPriority.Post);

    private readonly FakeTimeProvider _time = new();
    private ApiBudget _budget;

    // 100 per minute: posts may use 90, reads 80, resync 60.
    public ApiBudgetTests() => _budget = Create(100, TimeSpan.FromMinutes(1));

    public void Dispose() => _budget.Dispose();

    [Fact]
    public void CapFor_DefaultShares_PostsOutrankReadsOutrankResync()
    {
        Assert.Equal(90, _budget.CapFor(RequestPriority.Post));
        Assert.Equal(80, _budget.CapFor(RequestPriority.Read));
        Assert.Equal(60, _budget.CapFor(RequestPriority.Resync));
    }

    [Fact]
    public void CapFor_ChatworkDefaults_KeepHeadroomUnder300()
    {
        using var budget = new ApiBudget(new ChatworkOptions(), _time);

        Assert.Equal(270, budget.CapFor(RequestPriority.Post));
        Assert.Equal(240, budget.CapFor(RequestPriority.Read));
        Assert.Equal(180, budget.CapFor(RequestPriority.Resync));
    }

    [Fact]
    public async Task AcquireAsync_ReadsBeyondReadCap_WaitWhilePostsStillGo()
    {
        await AcquireManyAsync(ReadCall, 80);

        var read = _budget.AcquireAsync(ReadCall).AsTask();
        var post = _budget.AcquireAsync(PostCall).AsTask();

        Assert.False(read.IsCompleted, "the 81st read must wait: the last 10% of the usable window belongs to posts");
        Assert.True(post.IsCompletedSuccessfully);
        Assert.True((await post).IsAcquired);
        Assert.Equal(1, _budget.State.WaitingRead);
    }

    [Fact]
    public async Task AcquireAsync_ResyncBeyondResyncCap_YieldsWhileReadsStillGo()
    {
        await AcquireManyAsync(ResyncCall, 60);

        var resync = _budget.AcquireAsync(ResyncCall).AsTask();
        var read = _budget.AcquireAsync(ReadCall).AsTask();

        Assert.False(resync.IsCompleted);
        Assert.True(read.IsCompletedSuccessfully);
        Assert.Equal(1, _budget.State.WaitingResync);
    }

    [Fact]
    public async Task AcquireAsync_PostArrivingAfterWaitingReads_IsGrantedFirst()
    {
        _budget.Observe(new RateLimitHeaders(100, 12, _time.GetUtcNow().AddSeconds(30))); // 88 used: reads and resync are out
        var resync = _budget.AcquireAsync(ResyncCall).AsTask();
        var read = _budget.AcquireAsync(ReadCall).AsTask();

        var post = _budget.AcquireAsync(PostCall).AsTask();

        Assert.True(post.IsCompletedSuccessfully, "a warning must not queue behind reads");
        Assert.False(read.IsCompleted);
        Assert.False(resync.IsCompleted);
        var state = _budget.State;
        Assert.Equal((0, 1, 1), (state.WaitingPost, state.WaitingRead, state.WaitingResync));
    }

    [Fact]
    public async Task AcquireAsync_WindowUsedUp_GrantsExactlyAtResetNotBefore()
    {
        var reset = _time.GetUtcNow().AddSeconds(30);
        _budget.Observe(new RateLimitHeaders(100, 0, reset));

        var post = _budget.AcquireAsync(PostCall).AsTask();
        _time.Advance(TimeSpan.FromSeconds(29.9));
        Assert.False(post.IsCompleted, "remaining 0 means nothing may be sent before x-ratelimit-reset");

        _time.AdvanceTo(reset);
        var lease = await post.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(lease.IsAcquired);
        Assert.Equal(reset, _time.GetUtcNow());
    }

    [Fact]
    public void Observe_ResetInThePast_DoesNotBlock()
    {
        _budget.Observe(new RateLimitHeaders(100, 0, _time.GetUtcNow().AddSeconds(-5)));

        using var lease = _budget.AttemptAcquire(ReadCall);

        Assert.True(lease.IsAcquired, "a reset already past describes a window that is over");
    }

    [Fact]
    public async Task Observe_ServerCountsMoreThanUs_RaisesUsedInSameWindow()
    {
        var reset = _time.GetUtcNow().AddSeconds(40);
        _budget.Observe(new RateLimitHeaders(100, 95, reset));
        await AcquireManyAsync(ReadCall, 3);
        Assert.Equal(8, _budget.State.Used);

        // Someone else with the same token used 50 requests meanwhile.
        _budget.Observe(new RateLimitHeaders(100, 40, reset));

        Assert.Equal(60, _budget.State.Used);
        Assert.Equal(40, _budget.State.Remaining);
    }

    [Fact]
    public void Observe_StaleAnswerFromPreviousWindow_IsIgnored()
    {
        var reset = _time.GetUtcNow().AddSeconds(40);
        _budget.Observe(new RateLimitHeaders(100, 90, reset));

        _budget.Observe(new RateLimitHeaders(100, 0, reset.AddSeconds(-20)));

        Assert.Equal(10, _budget.State.Used);
        Assert.Equal(reset, _budget.State.ResetAt);
    }

    [Fact]
    public void Observe_NewWindowFromServer_AdoptsItsResetAndCount()
    {
        _budget.Observe(new RateLimitHeaders(100, 50, _time.GetUtcNow().AddSeconds(10)));
        var next = _time.GetUtcNow().AddSeconds(70);

        _budget.Observe(new RateLimitHeaders(100, 97, next));

        var state = _budget.State;
        Assert.Equal((3, next, true), (state.Used, state.ResetAt, state.ResetFromServer));
    }

    [Fact]
    public void Observe_ServerLimitLowerThanConfigured_UsesServerLimit()
    {
        _budget.Observe(new RateLimitHeaders(50, 50, _time.GetUtcNow().AddSeconds(10)));

        Assert.Equal(50, _budget.State.Limit);
        Assert.Equal(45, _budget.CapFor(RequestPriority.Post));
    }

    [Fact]
    public async Task AcquireAsync_NoHeadersAtAll_OwnWindowRollsOver()
    {
        await AcquireManyAsync(ReadCall, 80);
        var read = _budget.AcquireAsync(ReadCall).AsTask();

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.True((await read.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
        Assert.Equal(1, _budget.State.Used);
    }

    [Fact]
    public async Task AcquireAsync_RoomAtPostingLimit_WaitsItsWindowWhileOtherRoomsAndReadsGo()
    {
        var roomA = new ApiCall(RequestPriority.Post, 1);
        await AcquireManyAsync(roomA, 10);

        var eleventh = _budget.AcquireAsync(roomA).AsTask();
        var otherRoom = _budget.AcquireAsync(new ApiCall(RequestPriority.Post, 2)).AsTask();
        var read = _budget.AcquireAsync(ReadCall).AsTask();

        Assert.False(eleventh.IsCompleted, "Chatwork allows 10 posts per 10 s per room");
        Assert.True(otherRoom.IsCompletedSuccessfully);
        Assert.True(read.IsCompletedSuccessfully);
        Assert.Equal(1, _budget.State.ThrottledRooms);

        _time.Advance(TimeSpan.FromSeconds(10.9));
        Assert.False(eleventh.IsCompleted, "the window edge keeps a margin for transit time");
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True((await eleventh.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_LeavesQueueAndThrows()
    {
        await AcquireManyAsync(ReadCall, 80);
        using var cts = new CancellationTokenSource();
        var read = _budget.AcquireAsync(ReadCall, 1, cts.Token).AsTask();

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        Assert.Equal(0, _budget.State.Waiting);
    }

    [Fact]
    public async Task AttemptAcquire_OverCap_RefusesWithRetryAfterUntilReset()
    {
        var reset = _time.GetUtcNow().AddSeconds(20);
        _budget.Observe(new RateLimitHeaders(100, 0, reset));

        using var lease = _budget.AttemptAcquire(ReadCall);

        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(20), retryAfter);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task GetStatistics_ReportsAvailableAndQueuedPerPriority()
    {
        await AcquireManyAsync(ReadCall, 80);
        _ = _budget.AcquireAsync(ReadCall).AsTask();

        var stats = _budget.GetStatistics(ReadCall)!;

        Assert.Equal(0, stats.CurrentAvailablePermits);
        Assert.Equal(1, stats.CurrentQueuedCount);
        Assert.Equal(80, stats.TotalSuccessfulLeases);
        Assert.Equal(10, _budget.GetStatistics(PostCall)!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task Dispose_WithWaiters_FailsThem()
    {
        await AcquireManyAsync(ReadCall, 80);
        var read = _budget.AcquireAsync(ReadCall).AsTask();

        _budget.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => read);
        _budget = Create(100, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task AcquireAsync_HundredWaitersAcrossWindows_GrantsReadCapPerWindow()
    {
        _budget.Dispose();
        _budget = Create(30, TimeSpan.FromSeconds(3));
        Assert.Equal(24, _budget.CapFor(RequestPriority.Read));

        var pending = Enumerable.Range(0, 100).Select(_ => _budget.AcquireAsync(ReadCall).AsTask()).ToList();

        Assert.Equal(24, pending.Count(t => t.IsCompleted));
        for (var window = 1; window <= 4; window++)
        {
            _time.Advance(TimeSpan.FromSeconds(3));
            Assert.Equal(Math.Min(24 * (window + 1), 100), pending.Count(t => t.IsCompleted));
        }

        Assert.All(await Task.WhenAll(pending), lease => Assert.True(lease.IsAcquired));
    }

    // Pacing off: these tests are about each priority's cap in a window (ApiBudgetPacingTests covers pacing).
    private ApiBudget Create(int requests, TimeSpan window) =>
        new(new ChatworkOptions { RequestsPerWindow = requests, Window = window, ReadBurst = 1 }, _time);

    private async Task AcquireManyAsync(ApiCall call, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var lease = await _budget.AcquireAsync(call);
            Assert.True(lease.IsAcquired);
        }
    }
}
