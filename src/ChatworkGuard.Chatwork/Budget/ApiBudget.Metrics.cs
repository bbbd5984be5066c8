namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The budget's state as System.Diagnostics.Metrics gauges (meter <c>ChatworkGuard.Chatwork</c>) for /metrics.</summary>
public sealed partial class ApiBudget
{
    /// <summary>The meter name the budget's gauges are published under.</summary>
    public const string MeterName = "ChatworkGuard.Chatwork";

    private Meter? _meter;
    private KeyValuePair<string, object?>? _account;

    /// <summary>Publishes remaining requests, seconds to reset and waiting callers per priority as observable gauges.</summary>
    /// <param name="meterFactory">The host's meter factory, or null for a meter owned by this budget.</param>
    /// <param name="accountNumber">With several bot accounts, the account's number (<see cref="Accounts.ChatworkAccount.Number"/>),
    /// carried as the tag <c>account</c> on every gauge so each account's budget is its own series; null for one account.</param>
    public void PublishMetrics(IMeterFactory? meterFactory = null, int? accountNumber = null)
    {
        lock (_gate)
        {
            if (_meter is not null)
            {
                return;
            }

            _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        }

        _account = accountNumber is { } number ? new KeyValuePair<string, object?>("account", number.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        _meter.CreateObservableGauge("chatwork.budget.remaining", () => Tagged(State.Remaining), "{request}",
            "Requests left in the current rate-limit window (server count).");
        _meter.CreateObservableGauge("chatwork.budget.reset_in", () => Tagged(Math.Max(0, (State.ResetAt - _time.GetUtcNow()).TotalSeconds)), "s",
            "Seconds until the rate-limit window resets.");
        _meter.CreateObservableGauge("chatwork.budget.waiting", ObserveWaiting, "{request}",
            "Callers waiting for API budget, by priority.");
    }

    private IEnumerable<Measurement<int>> ObserveWaiting()
    {
        var state = State;
        yield return Waiting(state.WaitingPost, "post");
        yield return Waiting(state.WaitingRead, "read");
        yield return Waiting(state.WaitingResync, "resync");
    }

    private Measurement<int> Waiting(int count, string priority) => _account is { } account
        ? new Measurement<int>(count, new KeyValuePair<string, object?>("priority", priority), account)
        : new Measurement<int>(count, new KeyValuePair<string, object?>("priority", priority));

    private Measurement<T> Tagged<T>(T value)
        where T : struct => _account is { } account ? new Measurement<T>(value, account) : new Measurement<T>(value);
}
