namespace ChatworkGuard.Emulator.RateLimiting;

/// <summary>The per-token API limit: <paramref name="RequestsPerWindow"/> requests per <paramref name="Window"/>.</summary>
/// <param name="RequestsPerWindow">Requests one token may make in a window.</param>
/// <param name="Window">The window's length; it opens with the first request after the previous one ended.</param>
public sealed record RateLimitSettings(int RequestsPerWindow, TimeSpan Window);
