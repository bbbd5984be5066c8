namespace ChatworkGuard.Bot.WebConsole;

/// <summary>
/// Counts failed logins per user name and per client address; once either has failed
/// <see cref="ConsoleOptions.MaxFailedLogins"/> times within <see cref="ConsoleOptions.LockoutWindow"/>, further attempts
/// are refused without checking the password until the oldest failure leaves the window.
/// </summary>
internal sealed class LoginThrottle
{
    // Beyond this many names and addresses, expired ones are swept, so failures under made-up names cannot grow memory
    // without bound (each entry lives at most one window anyway).
    private const int SweepAbove = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly ConsoleOptions _options;

    public LoginThrottle(IOptions<ConsoleOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
    }

    /// <summary>How long until <paramref name="name"/> from <paramref name="address"/> may try again; null: now.</summary>
    public TimeSpan? RetryAfter(string name, string address)
    {
        var now = _time.GetUtcNow();
        lock (_failures)
        {
            var waits = new[] { Wait(UserKey(name), now), Wait(AddressKey(address), now) }.Where(w => w is not null).ToList();
            return waits.Count == 0 ? null : waits.Max();
        }
    }

    /// <summary>Notes a failed login for both the name and the address.</summary>
    public void Failed(string name, string address)
    {
        var now = _time.GetUtcNow();
        lock (_failures)
        {
            if (_failures.Count > SweepAbove)
            {
                Sweep(now);
            }

            foreach (var key in new[] { UserKey(name), AddressKey(address) })
            {
                if (!_failures.TryGetValue(key, out var times))
                {
                    _failures[key] = times = new Queue<DateTimeOffset>();
                }

                Trim(times, now);
                times.Enqueue(now);
            }
        }
    }

    /// <summary>A good login forgets the name's failures (the address keeps its own, so one account cannot unlock guessing at others).</summary>
    public void Succeeded(string name)
    {
        lock (_failures)
        {
            _failures.Remove(UserKey(name));
        }
    }

    private static string UserKey(string name) => "user:" + name.Trim();

    private static string AddressKey(string address) => "ip:" + address;

    private TimeSpan? Wait(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return null;
        }

        Trim(times, now);
        if (times.Count == 0)
        {
            _failures.Remove(key);
            return null;
        }

        return times.Count >= _options.MaxFailedLogins ? times.Peek() + _options.LockoutWindow - now : null;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures.ToList())
        {
            Trim(times, now);
            if (times.Count == 0)
            {
                _failures.Remove(key);
            }
        }
    }

    private void Trim(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + _options.LockoutWindow <= now)
        {
            times.Dequeue();
        }
    }
}
