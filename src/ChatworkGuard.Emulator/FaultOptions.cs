namespace ChatworkGuard.Emulator;

/// <summary>Seeded, repeatable failures of the emulated API (never of the control API).</summary>
/// <remarks>Every API request draws the same number of values from one <see cref="Random"/> seeded with
/// <see cref="Seed"/>, so the same seed and the same sequence of requests give the same sequence of answers.</remarks>
public sealed record FaultOptions
{
    /// <summary>The seed of the fault sequence. Default: 0.</summary>
    public int Seed { get; init; }

    /// <summary>The fraction (0..1) of requests answered with 500, 502 or 503 before they are applied. Default: 0.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Delay added before every request is handled. Default: zero.</summary>
    public TimeSpan AddedLatency { get; init; }

    /// <summary>How many of the next requests are answered 429 before they are applied. Default: 0.</summary>
    public int TooManyRequestsBurst { get; init; }

    /// <summary>The fraction (0..1) of requests that are applied but whose connection is closed mid-response. Default: 0.</summary>
    public double CloseConnectionRate { get; init; }

    /// <summary>Apply the next POST request, then close its connection mid-response (once). Default: false.</summary>
    public bool CloseAfterNextPost { get; init; }

    /// <summary>Apply the next POST request, then send nothing until the client goes away (once): the post is in the
    /// room while its sender still waits, which is where a test can kill the sender. Default: false.</summary>
    public bool HoldAfterNextPost { get; init; }
}
