using System.Diagnostics.Metrics;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Tests.Bot.Metrics;

public sealed class PrometheusExporterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _clock = new();
    private readonly ManualSyncStatus _sync = new();

    private IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    private static ArchiveRecord Record(RecordKind kind, DateTimeOffset observedAt, long? sendTime = null, RecordSource source = RecordSource.Poll) => new()
    {
        RoomId = 1,
        Sequence = 1,
        Kind = kind,
        SendTime = sendTime,
        ObservedAt = observedAt,
        Source = source,
        PreviousHash = ChainHash.Zero,
        Hash = ChainHash.Zero,
    };

    private static string Line(string scrape, string series) =>
        scrape.Split('\n').Single(l => l.StartsWith(series + " ", StringComparison.Ordinal));

    [Fact]
    public void Scrape_BotCounters_AreTotalsByLabelSet()
    {
        using var exporter = new PrometheusExporter(MeterFactory);
        var metrics = new BotMetrics(MeterFactory, _sync, _clock);
        var now = _clock.GetUtcNow();

        metrics.RecordArchived([Record(RecordKind.MessageCreated, now), Record(RecordKind.MessageCreated, now), Record(RecordKind.MessageEdited, now, source: RecordSource.Webhook)]);
        metrics.WarningPosted(["direct-payment", "off-platform-contact"]);
        metrics.WarningSuppressed("direct-payment");
        metrics.ReminderPosted();
        metrics.ApiCallCompleted("GET", "200");
        metrics.ApiCallCompleted("GET", "200");
        metrics.ApiCallCompleted("POST", "429");
        var scrape = exporter.Scrape();

        Assert.Contains("# TYPE chatworkguard_records_archived_total counter\n", scrape, StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line(scrape, """chatworkguard_records_archived_total{kind="message-created",source="poll"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_records_archived_total{kind="message-edited",source="webhook"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_warnings_posted_total{category="off-platform-contact"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_warnings_suppressed_total{category="direct-payment"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, "chatworkguard_reminders_posted_total"), StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line(scrape, """chatworkguard_api_calls_total{method="GET",status="200"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_api_calls_total{method="POST",status="429"}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_SyncDelay_IsACumulativeHistogramOfMessagesSentSinceStart()
    {
        using var exporter = new PrometheusExporter(MeterFactory);
        var metrics = new BotMetrics(MeterFactory, _sync, _clock);
        var start = _clock.GetUtcNow().ToUnixTimeSeconds();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var now = _clock.GetUtcNow();

        metrics.RecordArchived([
            Record(RecordKind.MessageCreated, now, sendTime: start + 58), // 2 s
            Record(RecordKind.MessageCreated, now, sendTime: start + 30), // 30 s
            Record(RecordKind.MessageCreated, now, sendTime: start - 3600), // history from before the start: not delay
            Record(RecordKind.MessageEdited, now, sendTime: start + 1), // an edit's send_time is the original's
        ]);
        var scrape = exporter.Scrape();

        Assert.Contains("# TYPE chatworkguard_sync_delay_seconds histogram\n", scrape, StringComparison.Ordinal);
        Assert.EndsWith(" 0", Line(scrape, """chatworkguard_sync_delay_seconds_bucket{le="1"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_sync_delay_seconds_bucket{le="2.5"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line(scrape, """chatworkguard_sync_delay_seconds_bucket{le="10"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line(scrape, """chatworkguard_sync_delay_seconds_bucket{le="30"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line(scrape, """chatworkguard_sync_delay_seconds_bucket{le="+Inf"}"""), StringComparison.Ordinal);
        Assert.EndsWith(" 32", Line(scrape, "chatworkguard_sync_delay_seconds_sum"), StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line(scrape, "chatworkguard_sync_delay_seconds_count"), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_SyncAge_AppearsAfterTheFirstCycleAndFollowsTheClock()
    {
        using var exporter = new PrometheusExporter(MeterFactory);
        _ = new BotMetrics(MeterFactory, _sync, _clock);

        var before = exporter.Scrape();
        _sync.LastSuccessfulCycleAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(42));
        var after = exporter.Scrape();

        Assert.DoesNotContain("chatworkguard_sync_age_seconds ", before, StringComparison.Ordinal);
        Assert.Equal("chatworkguard_sync_age_seconds 42", Line(after, "chatworkguard_sync_age_seconds"));
    }

    [Fact]
    public void Scrape_AnotherHostsMeter_IsNotExported()
    {
        using var other = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var exporter = new PrometheusExporter(MeterFactory);
        var mine = new BotMetrics(MeterFactory, _sync, _clock);
        var theirs = new BotMetrics(other.GetRequiredService<IMeterFactory>(), _sync, _clock);
        using var unrelated = new Meter("ChatworkGuard");
        unrelated.CreateCounter<long>("chatworkguard.reminders.posted").Add(100);

        mine.ReminderPosted();
        theirs.ReminderPosted();
        theirs.ReminderPosted();

        Assert.Equal("chatworkguard_reminders_posted_total 1", Line(exporter.Scrape(), "chatworkguard_reminders_posted_total"));
    }

    [Fact]
    public void Scrape_ObservableGaugeSeries_AreReadFreshOnEachScrape()
    {
        using var exporter = new PrometheusExporter(MeterFactory);
        var meter = MeterFactory.Create("ChatworkGuard.Chatwork");
        var waiting = new List<Measurement<int>> { new(2, new KeyValuePair<string, object?>("priority", "read")) };
        meter.CreateObservableGauge("chatwork.budget.waiting", () => waiting.ToArray(), "{request}");

        var first = exporter.Scrape();
        waiting = [new(0, new KeyValuePair<string, object?>("priority", "post"))];
        var second = exporter.Scrape();

        Assert.Equal("""chatwork_budget_waiting{priority="read"} 2""", Line(first, """chatwork_budget_waiting{priority="read"}"""));
        Assert.DoesNotContain("priority=\"read\"", second, StringComparison.Ordinal);
        Assert.Equal("""chatwork_budget_waiting{priority="post"} 0""", Line(second, """chatwork_budget_waiting{priority="post"}"""));
    }

    private sealed class ManualSyncStatus : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt { get; set; }
    }
}
