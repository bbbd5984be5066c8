namespace ChatworkGuard.Emulator.Control;

/// <summary><c>PUT /_emulator/faults</c>; rates are fractions 0..1, latency in milliseconds.</summary>
internal sealed record FaultsRequest(
    int Seed,
    double ServerErrorRate,
    long AddedLatencyMs,
    int TooManyRequestsBurst,
    double CloseConnectionRate,
    bool CloseAfterNextPost,
    bool HoldAfterNextPost = false)
{
    public FaultOptions ToOptions() => new()
    {
        Seed = Seed,
        ServerErrorRate = ServerErrorRate,
        AddedLatency = TimeSpan.FromMilliseconds(AddedLatencyMs),
        TooManyRequestsBurst = TooManyRequestsBurst,
        CloseConnectionRate = CloseConnectionRate,
        CloseAfterNextPost = CloseAfterNextPost,
        HoldAfterNextPost = HoldAfterNextPost,
    };

    public static FaultsRequest From(FaultOptions options) => new(
        options.Seed,
        options.ServerErrorRate,
        (long)options.AddedLatency.TotalMilliseconds,
        options.TooManyRequestsBurst,
        options.CloseConnectionRate,
        options.CloseAfterNextPost,
        options.HoldAfterNextPost);
}
