namespace ChatworkGuard.Chatwork.Budget;

/// <summary>
/// The rate-limit window as the server reports it, and what each priority may have used of it by now. The window's end
/// and count follow every response's headers: the latest <c>x-ratelimit-reset</c> moves the window and
/// <c>limit − x-ratelimit-remaining</c> raises our count when someone else (a person, or another instance, with the same
/// token) used requests too. Without headers it keeps its own window. Not thread-safe: <see cref="ApiBudget"/> holds its
/// lock around every call.
/// </summary>
internal sealed class BudgetWindow
{
    private readonly TimeSpan _window;
    private readonly int _configuredLimit;
    private readonly double _headroom;
    private readonly double _postReserve;
    private readonly double _resyncReserve;
    private readonly double _readBurst;

    public BudgetWindow(ChatworkOptions options, DateTimeOffset now)
    {
        _window = options.Window;
        _configuredLimit = options.RequestsPerWindow;
        Limit = options.RequestsPerWindow;
        _headroom = options.BudgetHeadroom;
        _postReserve = options.PostReserve;
        _resyncReserve = options.ResyncReserve;
        _readBurst = options.ReadBurst;
        ResetAt = now + _window;
    }

    /// <summary>Requests per window: the lower of the configured and the server's limit.</summary>
    public int Limit { get; private set; }

    /// <summary>Requests counted in the current window.</summary>
    public int Used { get; private set; }

    /// <summary>When the current window ends.</summary>
    public DateTimeOffset ResetAt { get; private set; }

    /// <summary>Whether <see cref="ResetAt"/> came from the server.</summary>
    public bool ResetFromServer { get; private set; }

    /// <summary>Counts one request sent.</summary>
    public void Consume() => Used++;

    /// <summary>Starts a new window of our own once the current one is over.</summary>
    public void Roll(DateTimeOffset now)
    {
        if (now >= ResetAt)
        {
            Used = 0;
            ResetAt = now + _window;
            ResetFromServer = false;
        }
    }

    /// <summary>Takes one response's rate-limit headers into the window (a 429's remaining 0 blocks until reset).</summary>
    public void Observe(RateLimitHeaders headers, DateTimeOffset now)
    {
        var serverLimit = headers.Limit is > 0 ? headers.Limit.Value : Limit;
        Limit = Math.Min(_configuredLimit, serverLimit);

        // A reset already past describes a window that is over: nothing to wait for.
        if (headers.Reset is not { } reset || reset <= now)
        {
            return;
        }

        var serverUsed = headers.Remaining is { } remaining ? Math.Max(0, serverLimit - remaining) : (int?)null;
        if (!ResetFromServer || reset > ResetAt)
        {
            ResetAt = reset;
            ResetFromServer = true;
            if (serverUsed is { } used)
            {
                Used = used;
            }
        }
        else if (reset == ResetAt && serverUsed is { } used)
        {
            // Answers to concurrent requests arrive in any order: the highest count is the truest.
            Used = Math.Max(Used, used);
        }

        // reset < ResetAt: a late answer from the previous window; it says nothing about this one.
        if (headers.Remaining == 0 && reset >= ResetAt)
        {
            Used = Math.Max(Used, Limit);
        }
    }

    /// <summary>How many requests of <paramref name="priority"/> the window allows in all: posts
    /// <c>limit × (1 − headroom)</c>, reads also leave the post reserve, resync also the resync reserve.</summary>
    public int Cap(RequestPriority priority)
    {
        var reserved = _headroom
            + (priority >= RequestPriority.Read ? _postReserve : 0)
            + (priority >= RequestPriority.Resync ? _resyncReserve : 0);
        // The epsilon keeps 30 × 0.1 at 3, not 3.0000000000000004 rounded up to 4.
        var held = (int)Math.Ceiling((Limit * reserved) - 1e-9);
        return Math.Max(1, Limit - held);
    }

    /// <summary>Whether <paramref name="priority"/> has used what it may by now.</summary>
    public bool IsSpent(RequestPriority priority, DateTimeOffset now) => Used >= PacedCap(priority, now);

    /// <summary>Requests <paramref name="priority"/> may still send now (0 when spent).</summary>
    public int Available(RequestPriority priority, DateTimeOffset now) => Math.Max(0, PacedCap(priority, now) - Used);

    // What a priority may have used by now: posts their whole cap; reads and resync the burst share at once and the
    // rest in proportion to the window's elapsed time.
    private int PacedCap(RequestPriority priority, DateTimeOffset now)
    {
        var cap = Cap(priority);
        if (priority == RequestPriority.Post || _readBurst >= 1)
        {
            return cap;
        }

        var elapsed = Math.Clamp((now - (ResetAt - _window)) / _window, 0, 1);
        return Math.Min(cap, Math.Max(1, (int)Math.Ceiling((cap * (_readBurst + ((1 - _readBurst) * elapsed))) - 1e-9)));
    }

    /// <summary>When the paced cap of <paramref name="priority"/> next exceeds what is used: the window's end if the cap itself is spent.</summary>
    public DateTimeOffset PacedRetry(RequestPriority priority)
    {
        var cap = Cap(priority);
        if (Used >= cap || _readBurst >= 1)
        {
            return ResetAt;
        }

        var fraction = Math.Clamp(((double)Used / cap - _readBurst) / (1 - _readBurst), 0, 1);
        return ResetAt - _window + (_window * fraction) + TimeSpan.FromMilliseconds(1);
    }
}
