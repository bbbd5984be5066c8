namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>
/// Builds the detector when the host starts, so a missing or corrupt model file stops start-up with its name instead
/// of failing on the first message, and says whether the learned model runs beside the rules.
/// </summary>
internal sealed partial class DetectionStartupReport(Detector detector, ILogger<DetectionStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (detector.HasModel)
        {
            var thresholds = string.Join(", ", detector.ModelThresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:0.00}")));
            LogRulesAndModel(logger, detector.RuleIds.Count, thresholds);
        }
        else
        {
            LogRulesOnly(logger, detector.RuleIds.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Detection: {RuleCount} rules and the learned model (thresholds: {Thresholds})")]
    private static partial void LogRulesAndModel(ILogger logger, int ruleCount, string thresholds);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Warning, Message = "Detection: {RuleCount} rules only; the learned model is off (Detection:Model:Enabled=false), so lures phrased in ways no rule anticipated go unwarned")]
    private static partial void LogRulesOnly(ILogger logger, int ruleCount);
}
