namespace ChatworkGuard.Emulator.State;

/// <summary>Who is calling: the account and the token it used (tokens matter for the per-token force=0 cursor).</summary>
internal sealed record ApiCaller(Account Account, string Token);
