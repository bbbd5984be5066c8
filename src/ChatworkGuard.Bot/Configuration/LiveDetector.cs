namespace ChatworkGuard.Bot.Configuration;

/// <summary>The detector for the current Detection settings: rebuilt when they change (they are validated, which
/// compiles the rules, before <see cref="GuardedOptionsMonitor{TOptions}"/> accepts them).</summary>
internal sealed class LiveDetector : IDisposable
{
    private readonly IDisposable? _subscription;
    private volatile Detector _current;

    public LiveDetector(Detector initial, IOptionsMonitor<DetectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _current = initial;
        _subscription = options.OnChange(changed => _current = Detector.Create(changed));
    }

    /// <summary>The detector to use for the next message.</summary>
    public Detector Current => _current;

    public void Dispose() => _subscription?.Dispose();
}
