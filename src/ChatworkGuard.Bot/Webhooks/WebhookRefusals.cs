namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// Counts refused webhook requests by reason, for a metric at once and for one log summary a minute
/// (<see cref="WebhookRefusalReporter"/>): a stranger posting thousands of forged requests fills no log.
/// </summary>
internal sealed class WebhookRefusals
{
    /// <summary>The signature is missing or does not verify.</summary>
    public const string Forged = "forged";

    /// <summary>Signed, but not a webhook event the bot can use.</summary>
    public const string Malformed = "malformed";

    /// <summary>The body is larger than Webhooks:MaxBodyBytes.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Webhooks:Tokens is empty.</summary>
    public const string Disabled = "disabled";

    /// <summary>Verified, but the queue is full (by count or by bytes); the next poll archives the message.</summary>
    public const string QueueFull = "queue-full";

    private readonly BotMetrics _metrics;
    private ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);

    public WebhookRefusals(BotMetrics metrics) => _metrics = metrics;

    /// <summary>Counts one refusal.</summary>
    public void Refused(string reason)
    {
        _metrics.WebhookRefused(reason);
        _pending.AddOrUpdate(reason, 1, (_, count) => count + 1);
    }

    /// <summary>The refusals counted since the last call, by reason, and starts counting afresh.</summary>
    public IReadOnlyDictionary<string, int> TakeCounts() => Interlocked.Exchange(ref _pending, new(StringComparer.Ordinal));
}
