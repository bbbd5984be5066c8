namespace ChatworkGuard.Emulator.Control;

/// <summary><c>GET</c> / <c>PUT /_emulator/rate-limit</c>; the window in seconds.</summary>
internal sealed record RateLimitRequest(int RequestsPerWindow, double WindowSeconds)
{
    public RateLimitSettings ToSettings() => new(RequestsPerWindow, TimeSpan.FromSeconds(WindowSeconds));

    public static RateLimitRequest From(RateLimitSettings settings) => new(settings.RequestsPerWindow, settings.Window.TotalSeconds);
}
