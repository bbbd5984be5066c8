namespace ChatworkGuard.Bot.Metrics;

/// <summary>
/// Serves the host's metrics at /metrics in Prometheus text format: a <see cref="MeterListener"/> on the bot's meter
/// and the Chatwork client's, limited to meters of this host's <see cref="IMeterFactory"/> so two hosts in one process
/// (tests) never mix their numbers. Starts with the host so no increment before the first scrape is missed.
/// </summary>
internal sealed class PrometheusExporter : IHostedService, IDisposable
{
    /// <summary>The meters exported.</summary>
    public static readonly IReadOnlyList<string> MeterNames = [BotMetrics.MeterName, Chatwork.Budget.ApiBudget.MeterName];

    private readonly IMeterFactory _meterFactory;
    private readonly MeterListener _listener = new();
    private readonly List<InstrumentAggregate> _aggregates = [];
    private readonly Lock _scrapeGate = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        _meterFactory = meterFactory;
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentAggregate)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentAggregate)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentAggregate)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((InstrumentAggregate)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>The current values of every exported instrument, in Prometheus text format.</summary>
    public string Scrape()
    {
        lock (_scrapeGate)
        {
            InstrumentAggregate[] aggregates;
            lock (_aggregates)
            {
                aggregates = [.. _aggregates];
            }

            foreach (var aggregate in aggregates.Where(a => a.IsObservable))
            {
                aggregate.ClearObserved();
            }

            _listener.RecordObservableInstruments();
            var output = new StringBuilder();
            foreach (var aggregate in aggregates.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                aggregate.WriteTo(output);
            }

            return output.ToString();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _listener.Dispose();

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        if (!ReferenceEquals(instrument.Meter.Scope, _meterFactory) || !MeterNames.Contains(instrument.Meter.Name))
        {
            return;
        }

        var aggregate = new InstrumentAggregate(instrument);
        lock (_aggregates)
        {
            _aggregates.Add(aggregate);
        }

        listener.EnableMeasurementEvents(instrument, aggregate);
    }
}
