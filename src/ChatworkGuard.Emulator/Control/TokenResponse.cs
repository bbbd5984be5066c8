namespace ChatworkGuard.Emulator.Control;

/// <summary><c>{"token": "…"}</c>.</summary>
internal sealed record TokenResponse(string Token);
