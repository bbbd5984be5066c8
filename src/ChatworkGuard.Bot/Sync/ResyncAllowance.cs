using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// How many re-reads the resync may make now: a token bucket filled at <see cref="SyncOptions.ResyncShare"/> of the
/// API budget (the server's limit as the budget last saw it, per <see cref="ChatworkOptions.Window"/>), holding at
/// most one resync pass's worth. Resync reads trickle instead of draining a window that sync reads need.
/// </summary>
internal sealed class ResyncAllowance
{
    private readonly ApiBudget _budget;
    private readonly IOptionsMonitor<ChatworkOptions> _chatwork;
    private readonly IOptionsMonitor<SyncOptions> _sync;
    private readonly TokenBucket _bucket;
    private readonly Lock _gate = new();

    public ResyncAllowance(ApiBudget budget, IOptionsMonitor<ChatworkOptions> chatwork, IOptionsMonitor<SyncOptions> sync, TimeProvider time)
    {
        _budget = budget;
        _chatwork = chatwork;
        _sync = sync;
        _bucket = new TokenBucket(time);
    }

    /// <summary>Re-reads per minute the share allows (at least a fraction, never zero).</summary>
    public double PerMinute => _budget.State.Limit * _sync.CurrentValue.ResyncShare / _chatwork.CurrentValue.Window.TotalMinutes;

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
