using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Tests.Bot.Metrics;

public sealed class SyncDelayRangeTests
{
    private sealed class NoSync : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt => null;
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253402300800L)]
    public void RecordArchived_SendTimeOutOfRange_IsCountedWithoutADelay(long sendTime)
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var exporter = new PrometheusExporter(meters);
        var clock = new FakeTimeProvider();
        var metrics = new BotMetrics(meters, new NoSync(), clock);

        metrics.RecordArchived([new ArchiveRecord
        {
            RoomId = 1, Sequence = 1, Kind = RecordKind.MessageCreated, SendTime = sendTime, ObservedAt = clock.GetUtcNow(),
            Source = RecordSource.Webhook, PreviousHash = ChainHash.Zero, Hash = ChainHash.Zero,
        }]);

        var scrape = exporter.Scrape();
        Assert.Contains("chatworkguard_records_archived_total{kind=\"message-created\",source=\"webhook\"} 1\n", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("chatworkguard_sync_delay_seconds_count 1", scrape, StringComparison.Ordinal);
    }
}
