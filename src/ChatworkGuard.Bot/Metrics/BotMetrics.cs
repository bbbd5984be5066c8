namespace ChatworkGuard.Bot.Metrics;

/// <summary>
/// The bot's own instruments on the <c>ChatworkGuard</c> meter: what was archived, warned, reminded and called.
/// Readable with <c>dotnet-counters monitor -n chatwork-guard --counters ChatworkGuard,ChatworkGuard.Chatwork</c>
/// and served at <c>/metrics</c> in Prometheus text format.
/// </summary>
internal sealed class BotMetrics
{
    /// <summary>The meter name the bot's instruments are published under.</summary>
    public const string MeterName = "ChatworkGuard";

    // The last unix second a DateTimeOffset can hold (9999-12-31).
    private const long MaxUnixSeconds = 253_402_300_799;

    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedAt;
    private readonly Counter<long> _records;
    private readonly Counter<long> _warningsPosted;
    private readonly Counter<long> _warningsSuppressed;
    private readonly Counter<long> _remindersPosted;
    private readonly Counter<long> _apiCalls;
    private readonly Counter<long> _webhooksRefused;
    private readonly Counter<long> _detectionTimeouts;
    private readonly Histogram<double> _syncDelay;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/> (the host's, so tests stay apart).</summary>
    public BotMetrics(IMeterFactory meterFactory, ISyncStatus syncStatus, TimeProvider time)
    {
        _time = time;
        _startedAt = time.GetUtcNow();
        var meter = meterFactory.Create(MeterName);
        _records = meter.CreateCounter<long>("chatworkguard.records.archived", "{record}",
            "Records appended to the archive, by kind (message-created, message-edited, message-deleted, gap, …) and source.");
        _warningsPosted = meter.CreateCounter<long>("chatworkguard.warnings.posted", "{warning}",
            "Warnings posted in rooms, counted once per category a warning names.");
        _warningsSuppressed = meter.CreateCounter<long>("chatworkguard.warnings.suppressed", "{warning}",
            "Warnings held back by the per-room cooldown (archived as warning-suppressed), by category.");
        _remindersPosted = meter.CreateCounter<long>("chatworkguard.reminders.posted", "{reminder}",
            "Escrow reminders posted in rooms.");
        _apiCalls = meter.CreateCounter<long>("chatworkguard.api.calls", "{call}",
            "HTTP attempts to the Chatwork API (retries count separately), by method and status (an HTTP code, timeout, error or cancelled).");
        _webhooksRefused = meter.CreateCounter<long>("chatworkguard.webhooks.refused", "{request}",
            "Webhook requests refused, by reason (forged, malformed, too-large, disabled, queue-full).");
        _detectionTimeouts = meter.CreateCounter<long>("chatworkguard.detection.timeouts", "{timeout}",
            "Messages on which a detection rule's pattern ran past its time limit (counted as no match there), by rule.");
        _syncDelay = meter.CreateHistogram<double>("chatworkguard.sync.delay", "s",
            "Time from a message's send_time to its archiving, for messages sent while the bot runs.");
        meter.CreateObservableGauge("chatworkguard.sync.age", () => ObserveSyncAge(syncStatus), "s",
            "Seconds since the last successful sync cycle (absent until the first one).");
    }

    /// <summary>Counts records the archive just added (pass only records whose append added them).</summary>
    public void RecordArchived(IEnumerable<ArchiveRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            _records.Add(1,
                new KeyValuePair<string, object?>("kind", record.Kind.ToWireName()),
                new KeyValuePair<string, object?>("source", record.Source.ToWireName()));
            // A send_time no date can hold (webhook payloads are range-checked, but older records are not) has no delay.
            if (record.Kind == RecordKind.MessageCreated && record.SendTime is { } sent && sent is > 0 and < MaxUnixSeconds)
            {
                var sendTime = DateTimeOffset.FromUnixTimeSeconds(sent);
                // History read on joining, or backlog from before this start, is not delay the bot caused.
                if (sendTime >= _startedAt.AddSeconds(-1))
                {
                    _syncDelay.Record(Math.Max(0, (record.ObservedAt - sendTime).TotalSeconds));
                }
            }
        }
    }

    /// <summary>Counts one posted warning, once for each category it names.</summary>
    public void WarningPosted(IEnumerable<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        foreach (var category in categories)
        {
            _warningsPosted.Add(1, new KeyValuePair<string, object?>("category", category));
        }
    }

    /// <summary>Counts one warning held back by the cooldown.</summary>
    public void WarningSuppressed(string category) =>
        _warningsSuppressed.Add(1, new KeyValuePair<string, object?>("category", category));

    /// <summary>Counts one escrow reminder posted.</summary>
    public void ReminderPosted() => _remindersPosted.Add(1);

    /// <summary>Counts one message on which <paramref name="ruleId"/>'s pattern timed out.</summary>
    public void DetectionTimedOut(string ruleId) =>
        _detectionTimeouts.Add(1, new KeyValuePair<string, object?>("rule", ruleId));

    /// <summary>Counts one HTTP attempt to the Chatwork API and how it ended.</summary>
    public void ApiCallCompleted(string method, string status) =>
        _apiCalls.Add(1,
            new KeyValuePair<string, object?>("method", method),
            new KeyValuePair<string, object?>("status", status));

    /// <summary>Counts one refused webhook request.</summary>
    public void WebhookRefused(string reason) =>
        _webhooksRefused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    private IEnumerable<Measurement<double>> ObserveSyncAge(ISyncStatus status)
    {
        if (status.LastSuccessfulCycleAt is { } last)
        {
            yield return new Measurement<double>(Math.Max(0, (_time.GetUtcNow() - last).TotalSeconds));
        }
    }
}
