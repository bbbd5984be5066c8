namespace ChatworkGuard.Bot.Health;

/// <summary>
/// Readiness: Chatwork answered the bot's latest calls and the API budget has requests left. Read from the outcomes of
/// calls the bot makes anyway and from the budget's state, so a probe never spends a request.
/// </summary>
internal sealed class ChatworkHealthCheck : IHealthCheck
{
    private readonly ChatworkCallStatus _calls;
    private readonly ApiBudget _budget;
    private readonly IOptionsMonitor<HealthOptions> _options;
    private readonly TimeProvider _time;

    public ChatworkHealthCheck(ChatworkCallStatus calls, ApiBudget budget, IOptionsMonitor<HealthOptions> options, TimeProvider time)
    {
        _calls = calls;
        _budget = budget;
        _options = options;
        _time = time;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var calls = _calls.Snapshot;
        var budget = _budget.State;
        var data = new Dictionary<string, object>
        {
            ["budgetRemaining"] = budget.Remaining,
            ["budgetLimit"] = budget.Limit,
            ["budgetResetAt"] = budget.ResetAt,
            ["consecutiveFailures"] = calls.ConsecutiveFailures,
        };
        if (calls.LastAnswerAt is { } answeredAt)
        {
            data["lastAnswerAt"] = answeredAt;
            data["lastStatus"] = calls.LastStatusCode!.Value;
        }

        return Task.FromResult(Evaluate(calls, budget, data));
    }

    private HealthCheckResult Evaluate(ChatworkCallSnapshot calls, ApiBudgetState budget, Dictionary<string, object> data)
    {
        if (calls.LastCallAt is null)
        {
            return HealthCheckResult.Healthy("no Chatwork call yet", data);
        }

        if (calls.LastFailure is null && calls.LastStatusCode == 401)
        {
            return HealthCheckResult.Unhealthy("Chatwork rejects the API token (401): check Chatwork:ApiToken", data: data);
        }

        if (calls.LastFailure is { } failure)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{calls.ConsecutiveFailures} failed Chatwork call(s) in a row, the latest: {failure}");
            return calls.ConsecutiveFailures >= _options.CurrentValue.ChatworkFailureThreshold
                ? HealthCheckResult.Unhealthy("Chatwork is unreachable: " + text, data: data)
                : HealthCheckResult.Degraded(text, data: data);
        }

        if (budget.Remaining == 0)
        {
            var wait = budget.ResetAt - _time.GetUtcNow();
            return HealthCheckResult.Degraded(
                string.Create(CultureInfo.InvariantCulture, $"the API budget is used up for {Math.Max(0, wait.TotalSeconds):0} more seconds"),
                data: data);
        }

        return HealthCheckResult.Healthy(
            string.Create(CultureInfo.InvariantCulture, $"Chatwork answers (HTTP {calls.LastStatusCode}); {budget.Remaining} of {budget.Limit} requests left in this window"),
            data);
    }
}
