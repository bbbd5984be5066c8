namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// Counts refused webhook requests by reason, for a metric at once and for one log summary a minute
/// (<see cref="WebhookRefusalReporter"/>): a stranger posting thousands of forged requests fills no log.
/// </summary>
internal sealed class WebhookRefusals
{
    // The metric's reason tag and the summary's word for each refusal, at the refusal's value: dashboards and alerts
    // match these words, so they are spelled out here rather than derived from the member names.
    private static readonly string[] Tags = ["forged", "malformed", "too-large", "disabled", "queue-full"];

    private readonly BotMetrics _metrics;
    private ConcurrentDictionary<WebhookRefusal, int> _pending = new();

    public WebhookRefusals(BotMetrics metrics) => _metrics = metrics;

    /// <summary>The metric tag and log word for <paramref name="reason"/> (<c>too-large</c> …).</summary>
    public static string TagOf(WebhookRefusal reason) => Tags[(int)reason];

    /// <summary>Counts one refusal.</summary>
    public void Refused(WebhookRefusal reason)
    {
        _metrics.WebhookRefused(TagOf(reason));
        _pending.AddOrUpdate(reason, 1, (_, count) => count + 1);
    }

    /// <summary>The refusals counted since the last call, by reason tag, and starts counting afresh.</summary>
    public IReadOnlyDictionary<string, int> TakeCounts() =>
        Interlocked.Exchange(ref _pending, new()).ToDictionary(c => TagOf(c.Key), c => c.Value, StringComparer.Ordinal);
}
