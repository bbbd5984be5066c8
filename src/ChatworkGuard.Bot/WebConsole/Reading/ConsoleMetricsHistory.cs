namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>
/// The last hour of the bot's own instruments, minute by minute, for the health page's charts: it listens to the same
/// <c>chatworkguard.api.calls</c> and <c>chatworkguard.sync.delay</c> measurements /metrics exports (this host's meters
/// only), so the charts and /metrics never disagree. Starts with the host.
/// </summary>
internal sealed class ConsoleMetricsHistory : IHostedService, IDisposable
{
    /// <summary>Minutes kept.</summary>
    public const int Minutes = 60;

    private const string ApiCalls = "chatworkguard.api.calls";
    private const string SyncDelay = "chatworkguard.sync.delay";

    private readonly MeterListener _listener = new();
    private readonly IMeterFactory _meterFactory;
    private readonly TimeProvider _time;
    private readonly Dictionary<DateTimeOffset, (int Calls, int TooMany, double? MaxDelay)> _minutes = [];
    private long _tooManyRequestsSinceStart;

    public ConsoleMetricsHistory(IMeterFactory meterFactory, TimeProvider time)
    {
        _meterFactory = meterFactory;
        _time = time;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, _meterFactory) && instrument.Meter.Name == BotMetrics.MeterName && instrument.Name is ApiCalls or SyncDelay)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => OnCall(tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => OnDelay(value));
        _listener.Start();
    }

    /// <summary>429 answers since the bot started.</summary>
    public long TooManyRequestsSinceStart => Interlocked.Read(ref _tooManyRequestsSinceStart);

    /// <summary>The last <see cref="Minutes"/> minutes, oldest first, every minute present (zero when quiet).</summary>
    public IReadOnlyList<MinuteBucket> Read()
    {
        var now = Minute(_time.GetUtcNow());
        lock (_minutes)
        {
            return [.. Enumerable.Range(0, Minutes).Select(i => now.AddMinutes(i - Minutes + 1)).Select(minute =>
                _minutes.TryGetValue(minute, out var m) ? new MinuteBucket(minute, m.Calls, m.TooMany, m.MaxDelay) : new MinuteBucket(minute, 0, 0, null))];
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _listener.Dispose();

    private static DateTimeOffset Minute(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private void OnCall(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tooMany = false;
        foreach (var tag in tags)
        {
            tooMany |= tag.Key == "status" && tag.Value as string == "429";
        }

        if (tooMany)
        {
            Interlocked.Increment(ref _tooManyRequestsSinceStart);
        }

        Update(m => (m.Calls + 1, m.TooMany + (tooMany ? 1 : 0), m.MaxDelay));
    }

    private void OnDelay(double seconds) => Update(m => (m.Calls, m.TooMany, Math.Max(m.MaxDelay ?? 0, seconds)));

    private void Update(Func<(int Calls, int TooMany, double? MaxDelay), (int, int, double?)> change)
    {
        var minute = Minute(_time.GetUtcNow());
        lock (_minutes)
        {
            _minutes[minute] = change(_minutes.GetValueOrDefault(minute));
            foreach (var old in _minutes.Keys.Where(k => k <= minute.AddMinutes(-Minutes)).ToList())
            {
                _minutes.Remove(old);
            }
        }
    }
}
