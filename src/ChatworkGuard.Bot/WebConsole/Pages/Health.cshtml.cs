namespace ChatworkGuard.Bot.WebConsole.Pages;

/// <summary>Health and budget: the API budget, 429 answers, charts of the last hour, the health checks /readyz runs and the last errors.</summary>
public sealed class HealthModel : ConsolePageModel
{
    internal ApiBudgetState Budget { get; private set; } = null!;

    internal long TooManyRequests { get; private set; }

    internal IReadOnlyList<MinuteBucket> Minutes { get; private set; } = [];

    internal HealthReport Report { get; private set; } = null!;

    internal ChatworkCallSnapshot Calls { get; private set; } = ChatworkCallSnapshot.None;

    internal DateTimeOffset? LastSync { get; private set; }

    /// <summary>Reads the bot's state.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Budget = Service<ApiBudget>().State;
        var history = Service<ConsoleMetricsHistory>();
        TooManyRequests = history.TooManyRequestsSinceStart;
        Minutes = history.Read();
        Report = await Service<HealthCheckService>().CheckHealthAsync(cancellationToken);
        Calls = Service<ChatworkCallStatus>().Snapshot;
        LastSync = Service<ISyncStatus>().LastSuccessfulCycleAt;
    }

    /// <summary>The sync-delay chart.</summary>
    internal string DelayChart() => SvgChart.Bars([.. Minutes.Select(m => m.MaxSyncDelaySeconds)], T["health.delay"], "delay");

    /// <summary>The API-calls chart.</summary>
    internal string CallsChart() => SvgChart.Bars([.. Minutes.Select(m => (double?)m.Calls)], T["health.calls"], "calls");
}
