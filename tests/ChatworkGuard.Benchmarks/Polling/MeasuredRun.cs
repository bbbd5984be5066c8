using ChatworkGuard.Emulator;

namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>What the measured phase recorded: its time marks, the bot's requests, the posts and the archive's view of them.</summary>
internal sealed record MeasuredRun(
    DateTimeOffset BotStarted,
    DateTimeOffset PostingStarted,
    DateTimeOffset PostingEnded,
    DateTimeOffset DrainEnded,
    IReadOnlyList<RequestLogEntry> Requests,
    IReadOnlyList<PostedMessage> Posted,
    IReadOnlyDictionary<string, DateTimeOffset> Archived,
    double PeakRssMb,
    double PeakAnonMb,
    int RssSamples,
    int? ExitCode,
    IReadOnlyList<string> BotLines);
