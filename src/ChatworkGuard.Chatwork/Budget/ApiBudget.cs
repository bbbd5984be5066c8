using System.Threading.RateLimiting;

namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The client-side API budget of one token: requests per window with headroom, corrected by every response's rate-limit
/// headers, served by priority (posts, then reads, then resync), plus the per-room posting limit. Time comes from <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Each priority may use the window up to its own cap: posts up to <c>limit × (1 − headroom)</c>, reads leave
/// <see cref="ChatworkOptions.PostReserve"/> on top, resync reads leave <see cref="ChatworkOptions.ResyncReserve"/> on top of that.
/// So when the budget runs short, resync stops first, then reads, and a warning can still be posted. Reads and resync
/// are also paced: <see cref="ChatworkOptions.ReadBurst"/> of their cap at once, the rest evenly over the window.
/// The parts: admission (this file), the waiting callers (<c>ApiBudget.Queue.cs</c>), the gauges (<c>ApiBudget.Metrics.cs</c>),
/// the server-driven window and its caps (<see cref="BudgetWindow"/>) and the per-room posting limit (<see cref="RoomPostLimit"/>).
/// </remarks>
public sealed partial class ApiBudget : PartitionedRateLimiter<ApiCall>
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly BudgetWindow _window;
    private readonly RoomPostLimit _roomPosts;
    private long _granted;
    private long _refused;

    /// <summary>Creates a budget from the <c>Chatwork</c> options.</summary>
    public ApiBudget(ChatworkOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        _window = new BudgetWindow(options, timeProvider.GetUtcNow());
        _roomPosts = new RoomPostLimit(options);
    }

    /// <summary>A snapshot of the budget: limit, used, reset, waiting callers by priority.</summary>
    public ApiBudgetState State
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                _window.Roll(now);
                return new ApiBudgetState(_window.Limit, _window.Used, _window.ResetAt, _window.ResetFromServer,
                    _queues[0].Count, _queues[1].Count, _queues[2].Count, _granted, _roomPosts.Throttled(now));
            }
        }
    }

    /// <summary>How many requests of <paramref name="priority"/> the current window allows in all.</summary>
    public int CapFor(RequestPriority priority)
    {
        lock (_gate)
        {
            return _window.Cap(priority);
        }
    }

    /// <summary>Corrects the budget from one response's rate-limit headers (also the 429's: remaining 0 blocks until reset).</summary>
    public void Observe(RateLimitHeaders headers)
    {
        if (!headers.Any)
        {
            return;
        }

        List<Waiter> granted;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _window.Observe(headers, now);
            granted = Pump(now);
        }

        Complete(granted);
    }

    /// <inheritdoc/>
    public override RateLimiterStatistics? GetStatistics(ApiCall resource)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _window.Roll(now);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _window.Available(resource.Priority, now),
                CurrentQueuedCount = _queues[(int)resource.Priority].Count,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    /// <inheritdoc/>
    protected override RateLimitLease AttemptAcquireCore(ApiCall resource, int permitCount)
    {
        ValidatePermitCount(permitCount);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!HasWaitersAtOrAbove(resource.Priority) && TryGrant(resource, now, out _))
            {
                return ApiBudgetLease.Granted;
            }

            _refused++;
            return ApiBudgetLease.Refused(EarliestRetry(resource, now) - now);
        }
    }

    /// <inheritdoc/>
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(ApiCall resource, int permitCount, CancellationToken cancellationToken)
    {
        ValidatePermitCount(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        List<Waiter> granted;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!HasWaitersAtOrAbove(resource.Priority) && TryGrant(resource, now, out _))
            {
                return new ValueTask<RateLimitLease>(ApiBudgetLease.Granted);
            }

            waiter = Enqueue(resource, cancellationToken);
            granted = Pump(now);
        }

        Complete(granted);
        return new ValueTask<RateLimitLease>(waiter.Task);
    }

    private static void ValidatePermitCount(int permitCount)
    {
        // One request is one permit; asking for several at once has no meaning on this API.
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
    }

    // Grants the call if its priority has window left and, for a post, its room is under the posting limit; otherwise
    // says when it could go next.
    private bool TryGrant(ApiCall call, DateTimeOffset now, out DateTimeOffset retryAt)
    {
        _window.Roll(now);
        if (_window.IsSpent(call.Priority, now))
        {
            retryAt = _window.PacedRetry(call.Priority);
            return false;
        }

        if (call.PostingRoomId is { } roomId)
        {
            retryAt = _roomPosts.NextPostAt(roomId, now);
            if (retryAt > now)
            {
                return false;
            }

            _roomPosts.Record(roomId, now);
        }

        _window.Consume();
        _granted++;
        retryAt = now;
        return true;
    }

    private DateTimeOffset EarliestRetry(ApiCall call, DateTimeOffset now)
    {
        _window.Roll(now);
        if (_window.IsSpent(call.Priority, now))
        {
            return _window.PacedRetry(call.Priority);
        }

        return call.PostingRoomId is { } roomId ? _roomPosts.NextPostAt(roomId, now) : now;
    }
}
