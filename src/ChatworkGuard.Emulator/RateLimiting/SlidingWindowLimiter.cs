namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>At most <c>limit</c> acquisitions within any <c>window</c>: the per-room posting limit (10 per 10 s).
/// Not thread-safe; the owning room's lock guards it.</summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _accepted = new();

    public bool TryAcquire(DateTimeOffset now)
    {
        while (_accepted.Count > 0 && _accepted.Peek() <= now - window)
        {
            _accepted.Dequeue();
        }

        if (_accepted.Count >= limit)
        {
            return false;
        }

        _accepted.Enqueue(now);
        return true;
    }
}
