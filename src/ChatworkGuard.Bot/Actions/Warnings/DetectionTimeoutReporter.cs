namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>
/// Makes a detection pattern's timeout visible: every one is counted (<c>chatworkguard.detection.timeouts</c>, by rule)
/// and the first per rule is logged as a warning, so crafted text cannot switch a rule off unnoticed, and a flood of
/// such messages cannot flood the log either.
/// </summary>
internal sealed partial class DetectionTimeoutReporter
{
    private readonly BotMetrics _metrics;
    private readonly ILogger<DetectionTimeoutReporter> _logger;
    private readonly ConcurrentDictionary<string, bool> _logged = new(StringComparer.Ordinal);

    public DetectionTimeoutReporter(BotMetrics metrics, ILogger<DetectionTimeoutReporter> logger)
    {
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Counts and (once per rule) logs the timeouts in <paramref name="result"/>.</summary>
    public void Report(DetectionResult result, long roomId, string messageId)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var rule in result.TimedOutRuleIds)
        {
            _metrics.DetectionTimedOut(rule);
            if (_logged.TryAdd(rule, true))
            {
                Log.PatternTimedOut(_logger, rule, messageId, roomId);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1503, Level = LogLevel.Warning, Message = "Detection rule {RuleId} timed out on message {MessageId} in room {RoomId} and counted as no match there; later timeouts of this rule are only counted (chatworkguard_detection_timeouts_total). Simplify its pattern")]
        public static partial void PatternTimedOut(ILogger logger, string ruleId, string messageId, long roomId);
    }
}
