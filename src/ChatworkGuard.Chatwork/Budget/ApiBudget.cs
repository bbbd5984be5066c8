using System.Threading.RateLimiting;

namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The client-side API budget: requests per window with headroom, corrected by every response's rate-limit headers,
/// served by priority (posts, then reads, then resync), plus the per-room posting limit. Time comes from <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Each priority may use the window up to its own cap: posts up to <c>limit × (1 − headroom)</c>, reads leave
/// <see cref="ChatworkOptions.PostReserve"/> on top, resync reads leave <see cref="ChatworkOptions.ResyncReserve"/> on top of that.
/// So when the budget runs short, resync stops first, then reads, and a warning can still be posted. Reads and resync
/// are also paced: <see cref="ChatworkOptions.ReadBurst"/> of their cap at once, the rest evenly over the window.
/// The window's end and count follow the server: the latest <c>x-ratelimit-reset</c> moves the window and
/// <c>limit − x-ratelimit-remaining</c> raises our count when someone else (a person with the same token) used requests too.
/// </remarks>
public sealed partial class ApiBudget : PartitionedRateLimiter<ApiCall>
{
    // Granted here and counted there are not the same instant: a first post that reaches the server late would make
    // the eleventh look early. A second of distance from the server's per-room window edge absorbs that.
    private static readonly TimeSpan RoomWindowMargin = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly int _configuredLimit;
    private readonly double _headroom;
    private readonly double _postReserve;
    private readonly double _resyncReserve;
    private readonly double _readBurst;
    private readonly int _roomLimit;
    private readonly TimeSpan _roomWindow;
    private readonly Dictionary<long, Queue<DateTimeOffset>> _roomPosts = [];

    private int _limit;
    private int _used;
    private DateTimeOffset _resetAt;
    private bool _resetFromServer;
    private long _granted;
    private long _refused;

    /// <summary>Creates a budget from the <c>Chatwork</c> options.</summary>
    public ApiBudget(ChatworkOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        _window = options.Window;
        _configuredLimit = options.RequestsPerWindow;
        _limit = options.RequestsPerWindow;
        _headroom = options.BudgetHeadroom;
        _postReserve = options.PostReserve;
        _resyncReserve = options.ResyncReserve;
        _readBurst = options.ReadBurst;
        _roomLimit = options.RoomPostsPerWindow;
        _roomWindow = options.RoomPostWindow + RoomWindowMargin;
        _resetAt = timeProvider.GetUtcNow() + _window;
    }

    /// <summary>A snapshot of the budget: limit, used, reset, waiting callers by priority.</summary>
    public ApiBudgetState State
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                Roll(now);
                var throttled = _roomPosts.Values.Count(log => CountRecent(log, now) >= _roomLimit);
                return new ApiBudgetState(_limit, _used, _resetAt, _resetFromServer,
                    _queues[0].Count, _queues[1].Count, _queues[2].Count, _granted, throttled);
            }
        }
    }

    /// <summary>How many requests of <paramref name="priority"/> the current window allows in all.</summary>
    public int CapFor(RequestPriority priority)
    {
        lock (_gate)
        {
            return Cap(priority);
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
            var serverLimit = headers.Limit is > 0 ? headers.Limit.Value : _limit;
            _limit = Math.Min(_configuredLimit, serverLimit);

            // A reset already past describes a window that is over: nothing to wait for.
            if (headers.Reset is { } reset && reset > now)
            {
                var serverUsed = headers.Remaining is { } remaining ? Math.Max(0, serverLimit - remaining) : (int?)null;
                if (!_resetFromServer || reset > _resetAt)
                {
                    _resetAt = reset;
                    _resetFromServer = true;
                    if (serverUsed is { } used)
                    {
                        _used = used;
                    }
                }
                else if (reset == _resetAt && serverUsed is { } used)
                {
                    // Answers to concurrent requests arrive in any order: the highest count is the truest.
                    _used = Math.Max(_used, used);
                }

                // reset < _resetAt: a late answer from the previous window; it says nothing about this one.
                if (headers.Remaining == 0 && reset >= _resetAt)
                {
                    _used = Math.Max(_used, _limit);
                }
            }

            granted = Pump(now);
        }

        Complete(granted);
    }

    /// <inheritdoc/>
    public override RateLimiterStatistics? GetStatistics(ApiCall resource)
    {
        lock (_gate)
        {
            Roll(_time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, PacedCap(resource.Priority, _time.GetUtcNow()) - _used),
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
            if (!HasWaitersAtOrAbove(resource.Priority) && TryGrant(resource, now, out var retryAt))
            {
                return ApiBudgetLease.Granted;
            }

            Roll(now);
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

    private int Cap(RequestPriority priority)
    {
        var reserved = _headroom
            + (priority >= RequestPriority.Read ? _postReserve : 0)
            + (priority >= RequestPriority.Resync ? _resyncReserve : 0);
        // The epsilon keeps 30 × 0.1 at 3, not 3.0000000000000004 rounded up to 4.
        var held = (int)Math.Ceiling((_limit * reserved) - 1e-9);
        return Math.Max(1, _limit - held);
    }

    private void Roll(DateTimeOffset now)
    {
        if (now >= _resetAt)
        {
            _used = 0;
            _resetAt = now + _window;
            _resetFromServer = false;
        }
    }

    // What a priority may have used by now: posts their whole cap; reads and resync the burst share at once and the
    // rest in proportion to the window's elapsed time.
    private int PacedCap(RequestPriority priority, DateTimeOffset now)
    {
        var cap = Cap(priority);
        if (priority == RequestPriority.Post || _readBurst >= 1)
        {
            return cap;
        }

        var elapsed = Math.Clamp((now - (_resetAt - _window)) / _window, 0, 1);
        return Math.Min(cap, Math.Max(1, (int)Math.Ceiling((cap * (_readBurst + ((1 - _readBurst) * elapsed))) - 1e-9)));
    }

    // When the paced cap of a priority next exceeds what is used: the window's end if the cap itself is spent.
    private DateTimeOffset PacedRetry(RequestPriority priority)
    {
        var cap = Cap(priority);
        if (_used >= cap || _readBurst >= 1)
        {
            return _resetAt;
        }

        var fraction = Math.Clamp(((double)_used / cap - _readBurst) / (1 - _readBurst), 0, 1);
        return _resetAt - _window + (_window * fraction) + TimeSpan.FromMilliseconds(1);
    }

    private bool TryGrant(ApiCall call, DateTimeOffset now, out DateTimeOffset retryAt)
    {
        Roll(now);
        if (_used >= PacedCap(call.Priority, now))
        {
            retryAt = PacedRetry(call.Priority);
            return false;
        }

        if (call.PostingRoomId is { } roomId)
        {
            if (!_roomPosts.TryGetValue(roomId, out var log))
            {
                log = new Queue<DateTimeOffset>(_roomLimit);
                _roomPosts[roomId] = log;
            }

            if (CountRecent(log, now) >= _roomLimit)
            {
                retryAt = log.Peek() + _roomWindow;
                return false;
            }

            log.Enqueue(now);
        }

        _used++;
        _granted++;
        retryAt = now;
        return true;
    }

    private DateTimeOffset EarliestRetry(ApiCall call, DateTimeOffset now)
    {
        if (_used >= PacedCap(call.Priority, now))
        {
            return PacedRetry(call.Priority);
        }

        return call.PostingRoomId is { } roomId && _roomPosts.TryGetValue(roomId, out var log) && CountRecent(log, now) >= _roomLimit
            ? log.Peek() + _roomWindow
            : now;
    }

    private int CountRecent(Queue<DateTimeOffset> log, DateTimeOffset now)
    {
        while (log.Count > 0 && log.Peek() + _roomWindow <= now)
        {
            log.Dequeue();
        }

        return log.Count;
    }
}
