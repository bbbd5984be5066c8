namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>
/// The bot's view of a <see cref="FakeTimeProvider"/> that reports every timer it arms: a caller blocked on the API
/// budget arms the budget's timer, so a test driving the fake clock waits for that fact instead of polling.
/// </summary>
internal sealed class SignallingClock : TimeProvider
{
    private readonly FakeTimeProvider _inner;

    public SignallingClock(FakeTimeProvider inner) => _inner = inner;

    /// <summary>Released once for every timer created or re-armed.</summary>
    public SemaphoreSlim Armed { get; } = new(0);

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SignallingTimer(_inner.CreateTimer(callback, state, dueTime, period), Armed);
        Armed.Release();
        return timer;
    }

    private sealed class SignallingTimer(ITimer inner, SemaphoreSlim armed) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            armed.Release();
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
