namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// How many re-reads the resync may make now: a token bucket filled at <see cref="SyncOptions.ResyncShare"/> of the
/// API budget (<see cref="BudgetShareRate"/>), holding at
/// most one resync pass's worth. Resync reads trickle instead of draining a window that sync reads need.
/// </summary>
internal sealed class ResyncAllowance
{
    private readonly BudgetShareRate _rate;
    private readonly IOptionsMonitor<SyncOptions> _sync;
    private readonly TokenBucket _bucket;
    private readonly Lock _gate = new();

    public ResyncAllowance(BudgetShareRate rate, IOptionsMonitor<SyncOptions> sync, TimeProvider time)
    {
        _rate = rate;
        _sync = sync;
        _bucket = new TokenBucket(time);
    }

    /// <summary>Re-reads per minute the share allows (at least a fraction, never zero).</summary>
    public double PerMinute => _rate.PerMinute(_sync.CurrentValue.ResyncShare);

    /// <summary>Takes up to <paramref name="wanted"/> re-reads; returns how many were granted.</summary>
    public int Take(int wanted)
    {
        lock (_gate)
        {
            // A new process starts with one full pass: the stalest rooms need not wait for the bucket to fill.
            _bucket.Refill(PerMinute, Math.Max(1, PerMinute * SyncOptions.ResyncPassPeriod(_sync.CurrentValue).TotalMinutes));
            return _bucket.TakeUpTo(wanted);
        }
    }
}
