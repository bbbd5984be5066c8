using ChatworkGuard.Emulator.RateLimiting;

namespace ChatworkGuard.Tests.Emulator.RateLimiting;

public sealed class SlidingWindowLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryAcquire_TenPostsInTenSeconds_RefusesTheEleventh()
    {
        var limiter = new SlidingWindowLimiter(10, TimeSpan.FromSeconds(10));
        var accepted = Enumerable.Range(0, 10).Count(i => limiter.TryAcquire(Start.AddMilliseconds(i * 900)));

        Assert.Equal(10, accepted);
        Assert.False(limiter.TryAcquire(Start.AddSeconds(9.5)));
    }

    [Fact]
    public void TryAcquire_OldestPostLeavesTheWindow_FreesOneSlot()
    {
        var limiter = new SlidingWindowLimiter(2, TimeSpan.FromSeconds(10));
        limiter.TryAcquire(Start);
        limiter.TryAcquire(Start.AddSeconds(5));

        Assert.False(limiter.TryAcquire(Start.AddSeconds(9.999)));
        Assert.True(limiter.TryAcquire(Start.AddSeconds(10)));
        Assert.False(limiter.TryAcquire(Start.AddSeconds(14)));
        Assert.True(limiter.TryAcquire(Start.AddSeconds(15)));
    }

    [Fact]
    public void TryAcquire_RefusedAttempts_DoNotExtendTheWait()
    {
        var limiter = new SlidingWindowLimiter(1, TimeSpan.FromSeconds(10));
        limiter.TryAcquire(Start);
        for (var i = 1; i < 10; i++)
        {
            Assert.False(limiter.TryAcquire(Start.AddSeconds(i)));
        }

        Assert.True(limiter.TryAcquire(Start.AddSeconds(10)));
    }
}
