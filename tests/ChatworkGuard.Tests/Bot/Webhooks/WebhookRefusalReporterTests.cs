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
        await using var world = await ReporterWorld.StartAsync();

        for (var i = 0; i < 1_000; i++)
        {
            world.Refusals.Refused(i % 10 == 0 ? WebhookRefusal.TooLarge : WebhookRefusal.Forged);
        }

        var beforeTheMinute = world.Logs.Lines.Count;
        await world.Logs.WaitForLinesAsync(1, () => world.Clock.Advance(WebhookRefusalReporter.Interval));
        world.Clock.Advance(WebhookRefusalReporter.Interval); // a quiet minute: no summary
        await world.Reporter.StopAsync(CancellationToken.None);

        Assert.Equal(0, beforeTheMinute);
        var line = Assert.Single(world.Logs.Lines);
        Assert.Equal("Webhook requests refused since the last summary: 1000 (forged 900, too-large 100); see chatworkguard_webhooks_refused_total", line);
    }

    [Fact]
    public async Task RefusalsNotYetSummedUp_AreSummedUpWhenTheBotStops()
    {
        await using var world = await ReporterWorld.StartAsync();

        world.Refusals.Refused(WebhookRefusal.Forged);
        await world.Reporter.StopAsync(CancellationToken.None);

        Assert.Equal("Webhook requests refused since the last summary: 1 (forged 1); see chatworkguard_webhooks_refused_total", Assert.Single(world.Logs.Lines));
    }

    [Fact]
    public async Task EveryRefusal_IsSummedUpByItsTag()
    {
        await using var world = await ReporterWorld.StartAsync();

        foreach (var reason in Enum.GetValues<WebhookRefusal>())
        {
            world.Refusals.Refused(reason);
        }

        await world.Reporter.StopAsync(CancellationToken.None);

        // The words dashboards and alerts match (the metric's reason tag): a renamed or reordered member changes none.
        Assert.Equal("Webhook requests refused since the last summary: 5 (disabled 1, forged 1, malformed 1, queue-full 1, too-large 1); see chatworkguard_webhooks_refused_total", Assert.Single(world.Logs.Lines));
    }

    /// <summary>A started reporter on a fake clock, counting into a real meter, logging to a list.</summary>
    private sealed class ReporterWorld : IAsyncDisposable
    {
        private readonly ServiceProvider _services;

        private ReporterWorld(ServiceProvider services, FakeTimeProvider clock)
        {
            _services = services;
            Clock = clock;
            Refusals = new WebhookRefusals(new BotMetrics(services.GetRequiredService<IMeterFactory>(), new NeverSynced(), clock));
            Reporter = new WebhookRefusalReporter(Refusals, clock, Logs);
        }

        public FakeTimeProvider Clock { get; }

        public WebhookRefusals Refusals { get; }

        public ListLogger Logs { get; } = new();

        public WebhookRefusalReporter Reporter { get; }

        public static async Task<ReporterWorld> StartAsync()
        {
            var world = new ReporterWorld(new ServiceCollection().AddMetrics().BuildServiceProvider(), new FakeTimeProvider(DateTimeOffset.UnixEpoch));
            await world.Reporter.StartAsync(CancellationToken.None);
            return world;
        }

        public ValueTask DisposeAsync() => _services.DisposeAsync();
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
