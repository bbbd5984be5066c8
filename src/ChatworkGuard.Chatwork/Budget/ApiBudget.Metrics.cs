using System.Diagnostics.Metrics;

namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The budget's state as System.Diagnostics.Metrics gauges (meter <c>ChatworkGuard.Chatwork</c>) for /metrics.</summary>
public sealed partial class ApiBudget
{
    /// <summary>The meter name the budget's gauges are published under.</summary>
    public const string MeterName = "ChatworkGuard.Chatwork";

    private Meter? _meter;

    /// <summary>Publishes remaining requests, seconds to reset and waiting callers per priority as observable gauges.</summary>
    /// <param name="meterFactory">The host's meter factory, or null for a meter owned by this budget.</param>
    public void PublishMetrics(IMeterFactory? meterFactory = null)
    {
        lock (_gate)
        {
            if (_meter is not null)
            {
                return;
            }

            _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        }

        _meter.CreateObservableGauge("chatwork.budget.remaining", () => State.Remaining, "{request}",
            "Requests left in the current rate-limit window (server count).");
        _meter.CreateObservableGauge("chatwork.budget.reset_in", () => Math.Max(0, (State.ResetAt - _time.GetUtcNow()).TotalSeconds), "s",
            "Seconds until the rate-limit window resets.");
        _meter.CreateObservableGauge("chatwork.budget.waiting", ObserveWaiting, "{request}",
            "Callers waiting for API budget, by priority.");
    }

    private IEnumerable<Measurement<int>> ObserveWaiting()
    {
        var state = State;
        yield return new Measurement<int>(state.WaitingPost, new KeyValuePair<string, object?>("priority", "post"));
        yield return new Measurement<int>(state.WaitingRead, new KeyValuePair<string, object?>("priority", "read"));
        yield return new Measurement<int>(state.WaitingResync, new KeyValuePair<string, object?>("priority", "resync"));
    }
}
