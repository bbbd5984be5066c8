namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>The per-token limit: a window opens with the first request after the previous window ended and
/// allows <c>limit</c> requests until it ends. Not thread-safe; <see cref="TokenRateLimiter"/> locks it.</summary>
internal sealed class FixedWindowCounter(int limit, TimeSpan window)
{
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    private int _used;

    public RateLimitState Acquire(DateTimeOffset now)
    {
        Roll(now);
        if (_used >= limit)
        {
            return new RateLimitState(false, limit, 0, ResetSeconds());
        }

        _used++;
        return new RateLimitState(true, limit, limit - _used, ResetSeconds());
    }

    /// <summary>The state without counting a request (for answers that fault injection makes up).</summary>
    public RateLimitState Peek(DateTimeOffset now)
    {
        Roll(now);
        return new RateLimitState(_used < limit, limit, limit - _used, ResetSeconds());
    }

    private void Roll(DateTimeOffset now)
    {
        if (now >= _resetAt)
        {
            _resetAt = now + window;
            _used = 0;
        }
    }

    private long ResetSeconds()
    {
        var milliseconds = _resetAt.ToUnixTimeMilliseconds();
        return (milliseconds + 999) / 1000;
    }
}
