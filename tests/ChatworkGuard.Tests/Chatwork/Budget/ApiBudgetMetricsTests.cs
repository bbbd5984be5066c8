using System.Diagnostics.Metrics;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;

namespace ChatworkGuard.Tests.Chatwork.Budget;

public sealed class ApiBudgetMetricsTests
{
    [Fact]
    public async Task PublishMetrics_WaitingReadAndRemaining_ObservedAsGauges()
    {
        var time = new FakeTimeProvider();
        using var budget = new ApiBudget(new ChatworkOptions { RequestsPerWindow = 10, Window = TimeSpan.FromSeconds(10), ReadBurst = 1 }, time);
        budget.PublishMetrics();
        budget.Observe(new RateLimitHeaders(10, 2, time.GetUtcNow().AddSeconds(5)));
        var waiting = budget.AcquireAsync(new ApiCall(RequestPriority.Read)).AsTask();
        var seen = new Dictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ApiBudget.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            var priority = tags.ToArray().FirstOrDefault(t => t.Key == "priority").Value as string;
            seen[instrument.Name + (priority is null ? "" : "/" + priority)] = value;
        });
        listener.Start();

        listener.RecordObservableInstruments();

        Assert.Equal(2, seen["chatwork.budget.remaining"]);
        Assert.Equal(1, seen["chatwork.budget.waiting/read"]);
        Assert.Equal(0, seen["chatwork.budget.waiting/post"]);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).IsAcquired);
    }
}
