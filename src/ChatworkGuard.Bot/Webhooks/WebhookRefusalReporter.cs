namespace ChatworkGuard.Bot.Webhooks;

/// <summary>Logs one warning a minute summing up the webhook requests refused in it (nothing when none was).</summary>
internal sealed partial class WebhookRefusalReporter(WebhookRefusals refusals, TimeProvider time, ILogger<WebhookRefusalReporter> logger) : BackgroundService
{
    /// <summary>How often the summary is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    // Started with the service, not when ExecuteAsync first runs (on another thread): the minute counts from the start.
    private readonly PeriodicTimer _timer = new(Interval, time);

    public override void Dispose()
    {
        _timer.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                Report();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync says what was refused since the last summary.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Here, not at the end of ExecuteAsync: a host stopped before ExecuteAsync got to run still says it once.
        Report();
    }

    /// <summary>Writes the summary of the refusals counted since the last one, if any.</summary>
    public void Report()
    {
        var counts = refusals.TakeCounts();
        var total = counts.Values.Sum();
        if (total == 0)
        {
            return;
        }

        var reasons = string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));
        Log.Summary(logger, total, reasons);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1406, Level = LogLevel.Warning,
            Message = "Webhook requests refused since the last summary: {Count} ({Reasons}); see chatworkguard_webhooks_refused_total")]
        public static partial void Summary(ILogger logger, int count, string reasons);
    }
}
