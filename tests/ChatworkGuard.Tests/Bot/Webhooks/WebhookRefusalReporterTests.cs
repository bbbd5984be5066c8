using System.Diagnostics.Metrics;
using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Metrics;
using ChatworkGuard.Bot.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatworkGuard.Tests.Bot.Webhooks;

public sealed class WebhookRefusalReporterTests
{
    [Fact]
    public async Task AThousandRefusals_AreOneSummaryAMinuteWithTheirCount()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new BotMetrics(services.GetRequiredService<IMeterFactory>(), new NeverSynced(), clock);
        var refusals = new WebhookRefusals(metrics);
        var logs = new ListLogger();
        var reporter = new WebhookRefusalReporter(refusals, clock, logs);
        await reporter.StartAsync(CancellationToken.None);

        for (var i = 0; i < 1_000; i++)
        {
            refusals.Refused(i % 10 == 0 ? WebhookRefusal.TooLarge : WebhookRefusal.Forged);
        }

        var beforeTheMinute = logs.Lines.Count;
        await logs.WaitForLinesAsync(1, () => clock.Advance(WebhookRefusalReporter.Interval));
        clock.Advance(WebhookRefusalReporter.Interval); // a quiet minute: no summary
        await reporter.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeTheMinute);
        var line = Assert.Single(logs.Lines);
        Assert.Equal("Webhook requests refused since the last summary: 1000 (forged 900, too-large 100); see chatworkguard_webhooks_refused_total", line);
    }

    [Fact]
    public async Task RefusalsNotYetSummedUp_AreSummedUpWhenTheBotStops()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var refusals = new WebhookRefusals(new BotMetrics(services.GetRequiredService<IMeterFactory>(), new NeverSynced(), clock));
        var logs = new ListLogger();
        var reporter = new WebhookRefusalReporter(refusals, clock, logs);
        await reporter.StartAsync(CancellationToken.None);

        refusals.Refused(WebhookRefusal.Forged);
        await reporter.StopAsync(CancellationToken.None);

        Assert.Equal("Webhook requests refused since the last summary: 1 (forged 1); see chatworkguard_webhooks_refused_total", Assert.Single(logs.Lines));
    }

    [Fact]
    public async Task EveryRefusal_IsSummedUpByItsTag()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var refusals = new WebhookRefusals(new BotMetrics(services.GetRequiredService<IMeterFactory>(), new NeverSynced(), clock));
        var logs = new ListLogger();
        var reporter = new WebhookRefusalReporter(refusals, clock, logs);
        await reporter.StartAsync(CancellationToken.None);

        foreach (var reason in Enum.GetValues<WebhookRefusal>())
        {
            refusals.Refused(reason);
        }

        await reporter.StopAsync(CancellationToken.None);

        // The words dashboards and alerts match (the metric's reason tag): a renamed or reordered member changes none.
        Assert.Equal("Webhook requests refused since the last summary: 5 (disabled 1, forged 1, malformed 1, queue-full 1, too-large 1); see chatworkguard_webhooks_refused_total", Assert.Single(logs.Lines));
    }

    private sealed class NeverSynced : ISyncStatus
    {
        public DateTimeOffset? LastSuccessfulCycleAt => null;
    }

    private sealed class ListLogger : ILogger<WebhookRefusalReporter>
    {
        private readonly Lock _gate = new();
        private readonly List<string> _lines = [];
        private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return [.. _lines];
                }
            }
        }

        public async Task WaitForLinesAsync(int count, Action act)
        {
            act();
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Lines.Count < count)
            {
                Task written;
                lock (_gate)
                {
                    written = _written.Task;
                }

                await written.WaitAsync(guard.Token);
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_gate)
            {
                _lines.Add(formatter(state, exception));
                _written.TrySetResult();
                _written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
