namespace ChatworkGuard.Emulator.Faults;

/// <summary>Decides, request by request, which faults to inject. Each decision draws exactly three values from
/// a <see cref="Random"/> seeded with <see cref="FaultOptions.Seed"/>, so a seed replays the same sequence.</summary>
internal sealed class FaultInjector
{
    private static readonly int[] ServerErrors = [500, 502, 503];

    private readonly Lock _gate = new();
    private FaultOptions? _options;
    private Random? _random;
    private int _burstLeft;
    private bool _closeNextPost;
    private bool _holdNextPost;
    private TaskCompletionSource _held = NewHeldSignal();

    public FaultOptions? Current
    {
        get
        {
            lock (_gate)
            {
                return _options;
            }
        }
    }

    /// <summary>Starts a new fault sequence from the options' seed; null turns faults off.</summary>
    public void Configure(FaultOptions? options)
    {
        if (options is not null)
        {
            Validate(options);
        }

        lock (_gate)
        {
            _options = options;
#pragma warning disable CA5394 // A seeded, repeatable sequence is the point; nothing here is security-relevant.
            _random = options is null ? null : new Random(options.Seed);
#pragma warning restore CA5394
            _burstLeft = options?.TooManyRequestsBurst ?? 0;
            _closeNextPost = options?.CloseAfterNextPost ?? false;
            _holdNextPost = options?.HoldAfterNextPost ?? false;
            _held = NewHeldSignal();
        }
    }

    /// <summary>Completes once the post <see cref="FaultOptions.HoldAfterNextPost"/> holds has been applied and logged.</summary>
    public Task HeldPost
    {
        get
        {
            lock (_gate)
            {
                return _held.Task;
            }
        }
    }

    /// <summary>Says that the held post is applied and logged, and its answer now withheld.</summary>
    public void MarkHeld()
    {
        lock (_gate)
        {
            _held.TrySetResult();
        }
    }

    public FaultDecision Next(bool isPost)
    {
        lock (_gate)
        {
            if (_options is null || _random is null)
            {
                return FaultDecision.None;
            }

#pragma warning disable CA5394 // See Configure.
            var errorRoll = _random.NextDouble();
            var errorPick = _random.Next(ServerErrors.Length);
            var closeRoll = _random.NextDouble();
#pragma warning restore CA5394
            var status = 0;
            if (_burstLeft > 0)
            {
                _burstLeft--;
                status = 429;
            }
            else if (errorRoll < _options.ServerErrorRate)
            {
                status = ServerErrors[errorPick];
            }

            var close = status == 0 && closeRoll < _options.CloseConnectionRate;
            if (status == 0 && isPost && _closeNextPost)
            {
                _closeNextPost = false;
                close = true;
            }

            var hold = status == 0 && !close && isPost && _holdNextPost;
            if (hold)
            {
                _holdNextPost = false;
            }

            return new FaultDecision(_options.AddedLatency, status, close, hold);
        }
    }

    private static TaskCompletionSource NewHeldSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void Validate(FaultOptions options)
    {
        var problems = new List<string>();
        if (options.ServerErrorRate is < 0 or > 1 || double.IsNaN(options.ServerErrorRate))
        {
            problems.Add($"ServerErrorRate must be between 0 and 1 (was {options.ServerErrorRate}).");
        }

        if (options.CloseConnectionRate is < 0 or > 1 || double.IsNaN(options.CloseConnectionRate))
        {
            problems.Add($"CloseConnectionRate must be between 0 and 1 (was {options.CloseConnectionRate}).");
        }

        if (options.AddedLatency < TimeSpan.Zero)
        {
            problems.Add($"AddedLatency must not be negative (was {options.AddedLatency}).");
        }

        if (options.TooManyRequestsBurst < 0)
        {
            problems.Add($"TooManyRequestsBurst must not be negative (was {options.TooManyRequestsBurst}).");
        }

        if (problems.Count > 0)
        {
            throw new EmulatorControlException("Invalid fault options: " + string.Join(" ", problems));
        }
    }
}
