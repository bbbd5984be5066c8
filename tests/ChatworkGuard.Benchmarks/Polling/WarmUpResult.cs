namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>How long the real bot took to join every room and archive its history, and the requests it used.</summary>
internal sealed record WarmUpResult(TimeSpan Elapsed, int Requests, int? ExitCode, IReadOnlyList<string> BotLines);
