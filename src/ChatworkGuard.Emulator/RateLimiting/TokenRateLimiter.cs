namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>One <see cref="FixedWindowCounter"/> per presented token, so even 401 answers carry the headers.</summary>
internal sealed class TokenRateLimiter(EmulatorOptions options, TimeProvider timeProvider)
{
    private ConcurrentDictionary<string, FixedWindowCounter> _counters = new(StringComparer.Ordinal);
    private RateLimitSettings _settings = new(options.RequestsPerWindow, options.Window);

    /// <summary>The limit new windows open with.</summary>
    public RateLimitSettings Settings => Volatile.Read(ref _settings);

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

    /// <summary>Applies a new limit to every token; every token starts a fresh window with its next request.</summary>
    public void Reconfigure(RateLimitSettings settings)
    {
        Volatile.Write(ref _settings, settings);
        Volatile.Write(ref _counters, new ConcurrentDictionary<string, FixedWindowCounter>(StringComparer.Ordinal));
    }

    private FixedWindowCounter Counter(string token) =>
        Volatile.Read(ref _counters).GetOrAdd(token, static (_, s) => new FixedWindowCounter(s.RequestsPerWindow, s.Window), Settings);
}
