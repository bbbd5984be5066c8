using System.Collections.Concurrent;

namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>One <see cref="FixedWindowCounter"/> per presented token, so even 401 answers carry the headers.</summary>
internal sealed class TokenRateLimiter(EmulatorOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, FixedWindowCounter> _counters = new(StringComparer.Ordinal);

    public RateLimitState Acquire(string token)
    {
        var counter = Counter(token);
        lock (counter)
        {
            return counter.Acquire(timeProvider.GetUtcNow());
        }
    }

    public RateLimitState Peek(string token)
    {
        var counter = Counter(token);
        lock (counter)
        {
            return counter.Peek(timeProvider.GetUtcNow());
        }
    }

    private FixedWindowCounter Counter(string token) =>
        _counters.GetOrAdd(token, static (_, o) => new FixedWindowCounter(o.RequestsPerWindow, o.Window), options);
}
