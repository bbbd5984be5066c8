namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>What the x-ratelimit-* headers of one response say.</summary>
/// <param name="Allowed">False when the request is over the limit (429).</param>
/// <param name="Limit">x-ratelimit-limit.</param>
/// <param name="Remaining">x-ratelimit-remaining.</param>
/// <param name="ResetUnixSeconds">x-ratelimit-reset: absolute unix seconds, rounded up so that waiting until it is always enough.</param>
internal readonly record struct RateLimitState(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds);
