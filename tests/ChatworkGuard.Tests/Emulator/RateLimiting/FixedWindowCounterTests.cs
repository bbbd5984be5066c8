using ChatworkGuard.Emulator.RateLimiting;

namespace ChatworkGuard.Tests.Emulator.RateLimiting;

public sealed class FixedWindowCounterTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Acquire_WithinLimit_CountsDownAndReportsTheAbsoluteReset()
    {
        var counter = new FixedWindowCounter(300, TimeSpan.FromMinutes(5));

        var first = counter.Acquire(Start);
        var second = counter.Acquire(Start.AddSeconds(30));

        Assert.Equal(new RateLimitState(true, 300, 299, Start.AddMinutes(5).ToUnixTimeSeconds()), first);
        Assert.Equal(new RateLimitState(true, 300, 298, Start.AddMinutes(5).ToUnixTimeSeconds()), second);
    }

    [Fact]
    public void Acquire_OverLimit_RefusesUntilTheWindowEnds()
    {
        var counter = new FixedWindowCounter(2, TimeSpan.FromMinutes(5));
        counter.Acquire(Start);
        counter.Acquire(Start);

        var refused = counter.Acquire(Start.AddMinutes(4));
        var lastMoment = counter.Acquire(Start.AddMinutes(5).AddTicks(-1));
        var fresh = counter.Acquire(Start.AddMinutes(5));

        Assert.Equal(new RateLimitState(false, 2, 0, Start.AddMinutes(5).ToUnixTimeSeconds()), refused);
        Assert.False(lastMoment.Allowed);
        Assert.Equal(new RateLimitState(true, 2, 1, Start.AddMinutes(10).ToUnixTimeSeconds()), fresh);
    }

    [Fact]
    public void Acquire_WindowStartsMidSecond_ResetIsRoundedUpSoWaitingUntilItIsEnough()
    {
        var counter = new FixedWindowCounter(1, TimeSpan.FromMinutes(5));
        var midSecond = Start.AddMilliseconds(400);

        var state = counter.Acquire(midSecond);
        var atReset = counter.Acquire(DateTimeOffset.FromUnixTimeSeconds(state.ResetUnixSeconds));

        Assert.Equal(Start.AddMinutes(5).ToUnixTimeSeconds() + 1, state.ResetUnixSeconds);
        Assert.True(atReset.Allowed, "a client that waits until x-ratelimit-reset must be let through");
    }

    [Fact]
    public void Acquire_AfterAQuietPeriod_StartsTheWindowAtTheNextRequest()
    {
        var counter = new FixedWindowCounter(5, TimeSpan.FromMinutes(5));
        counter.Acquire(Start);

        var later = counter.Acquire(Start.AddMinutes(17));

        Assert.Equal(new RateLimitState(true, 5, 4, Start.AddMinutes(22).ToUnixTimeSeconds()), later);
    }

    [Fact]
    public void Peek_DoesNotCount()
    {
        var counter = new FixedWindowCounter(3, TimeSpan.FromMinutes(5));
        counter.Acquire(Start);

        var peeked = counter.Peek(Start);
        var acquired = counter.Acquire(Start);

        Assert.Equal(2, peeked.Remaining);
        Assert.Equal(1, acquired.Remaining);
    }
}
