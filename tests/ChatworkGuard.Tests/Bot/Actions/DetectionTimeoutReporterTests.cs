using System.Diagnostics.Metrics;
using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Metrics;
using ChatworkGuard.Policy.Detection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatworkGuard.Tests.Bot.Actions;

public sealed class DetectionTimeoutReporterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly RecordingLogger _logger = new();

    public void Dispose() => _services.Dispose();

    private static DetectionResult TimedOut(params string[] rules) => DetectionResult.Empty with { TimedOutRuleIds = rules };

    [Fact]
    public void Report_LogsOncePerRuleAndCountsEveryTimeout()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var exporter = new PrometheusExporter(meters);
        var reporter = new DetectionTimeoutReporter(new BotMetrics(meters, new ManualSyncStatus(), new FakeTimeProvider()), _logger);

        reporter.Report(TimedOut("team.slow"), roomId: 1, messageId: "11");
        reporter.Report(TimedOut("team.slow", "team.other"), roomId: 1, messageId: "12");
        reporter.Report(TimedOut("team.slow"), roomId: 2, messageId: "13");
        reporter.Report(DetectionResult.Empty, roomId: 2, messageId: "14");
        var scrape = exporter.Scrape();

        Assert.Equal(2, _logger.Warnings.Count);
        Assert.Contains(_logger.Warnings, w => w.Contains("team.slow", StringComparison.Ordinal) && w.Contains("11", StringComparison.Ordinal));
        Assert.Contains(_logger.Warnings, w => w.Contains("team.other", StringComparison.Ordinal));
        Assert.Contains("chatworkguard_detection_timeouts_total{rule=\"team.slow\"} 3\n", scrape, StringComparison.Ordinal);
        Assert.Contains("chatworkguard_detection_timeouts_total{rule=\"team.other\"} 1\n", scrape, StringComparison.Ordinal);
    }

    private sealed class ManualSyncStatus : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt { get; set; }
    }

    private sealed class RecordingLogger : ILogger<DetectionTimeoutReporter>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
