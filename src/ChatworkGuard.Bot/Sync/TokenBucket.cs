namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Tokens that refill at a rate up to a capacity, on the given clock; a new bucket starts full. The resync allowance and
/// the urgent-read share both meter a share of the API budget with one, each with its own rate and capacity. Not
/// thread-safe: the owner holds its lock around every call.
/// </summary>
internal sealed class TokenBucket(TimeProvider time)
{
    private double _tokens = double.NaN;
    private DateTimeOffset _filledAt;

    /// <summary>Adds what <paramref name="perMinute"/> has earned since the last refill, up to <paramref name="capacity"/>.</summary>
    public void Refill(double perMinute, double capacity)
    {
        var now = time.GetUtcNow();
        _tokens = double.IsNaN(_tokens)
            ? capacity
            : Math.Min(capacity, _tokens + (Math.Max(0, (now - _filledAt).TotalMinutes) * perMinute));
        _filledAt = now;
    }

    /// <summary>Takes <paramref name="cost"/> tokens if the bucket holds them.</summary>
    public bool TryTake(int cost)
    {
        if (_tokens < cost - 1e-9)
        {
            return false;
        }

        _tokens -= cost;
        return true;
    }

    /// <summary>Takes up to <paramref name="wanted"/> whole tokens; returns how many.</summary>
    public int TakeUpTo(int wanted)
    {
        var granted = Math.Max(0, (int)Math.Min(wanted, Math.Floor(_tokens + 1e-9)));
        _tokens -= granted;
        return granted;
    }
}
