namespace ChatworkGuard.Bot.Metrics;

/// <summary>
/// What one instrument measured since the exporter started, per label set: running sums for counters, the last value
/// for gauges and observable instruments, buckets for histograms. Thread-safe: measurements arrive from any thread.
/// </summary>
internal sealed class InstrumentAggregate
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly bool _accumulates;

    public InstrumentAggregate(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var definition = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : null;
        Type = definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>) ? MetricType.Counter
            : definition == typeof(Histogram<>) ? MetricType.Histogram
            : MetricType.Gauge;
        // Synchronous counters report increments; observable instruments and gauges report the current value.
        _accumulates = definition == typeof(Counter<>) || definition == typeof(UpDownCounter<>);
        IsObservable = instrument.IsObservable;
        Name = PrometheusText.MetricName(instrument, Type);
        Help = PrometheusText.Help(instrument.Description);
    }

    /// <summary>The Prometheus metric name.</summary>
    public string Name { get; }

    /// <summary>The Prometheus metric type.</summary>
    public MetricType Type { get; }

    /// <summary>The HELP text.</summary>
    public string Help { get; }

    /// <summary>Whether values are pulled on each scrape (observable instruments).</summary>
    public bool IsObservable { get; }

    /// <summary>Takes one measurement.</summary>
    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = PrometheusText.Labels(tags);
        lock (_gate)
        {
            if (!_series.TryGetValue(labels, out var series))
            {
                series = new Series(Type == MetricType.Histogram ? PrometheusText.BucketBounds.Length : 0);
                _series[labels] = series;
            }

            if (Type == MetricType.Histogram)
            {
                series.Observe(value);
            }
            else if (_accumulates)
            {
                series.Value += value;
            }
            else
            {
                series.Value = value;
            }
        }
    }

    /// <summary>Forgets the pulled values before the next pull, so a label set that is no longer reported disappears.</summary>
    public void ClearObserved()
    {
        lock (_gate)
        {
            _series.Clear();
        }
    }

    /// <summary>Writes HELP, TYPE and every sample.</summary>
    public void WriteTo(StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        lock (_gate)
        {
            if (_series.Count == 0)
            {
                return;
            }

            var type = Type switch
            {
                MetricType.Counter => "counter",
                MetricType.Histogram => "histogram",
                _ => "gauge",
            };
            output.Append("# HELP ").Append(Name).Append(' ').Append(Help).Append('\n');
            output.Append("# TYPE ").Append(Name).Append(' ').Append(type).Append('\n');
            foreach (var (labels, series) in _series)
            {
                if (Type == MetricType.Histogram)
                {
                    WriteHistogram(output, labels, series);
                }
                else
                {
                    output.Append(Name).Append(labels).Append(' ').Append(PrometheusText.Value(series.Value)).Append('\n');
                }
            }
        }
    }

    private void WriteHistogram(StringBuilder output, string labels, Series series)
    {
        long cumulative = 0;
        for (var i = 0; i < PrometheusText.BucketBounds.Length; i++)
        {
            cumulative += series.Buckets[i];
            output.Append(Name).Append("_bucket")
                .Append(PrometheusText.WithLabel(labels, "le", PrometheusText.Value(PrometheusText.BucketBounds[i])))
                .Append(' ').Append(cumulative).Append('\n');
        }

        output.Append(Name).Append("_bucket").Append(PrometheusText.WithLabel(labels, "le", "+Inf")).Append(' ').Append(series.Count).Append('\n');
        output.Append(Name).Append("_sum").Append(labels).Append(' ').Append(PrometheusText.Value(series.Value)).Append('\n');
        output.Append(Name).Append("_count").Append(labels).Append(' ').Append(series.Count).Append('\n');
    }

    private sealed class Series(int bucketCount)
    {
        /// <summary>The counter's sum, the gauge's value, or the histogram's sum of observations.</summary>
        public double Value { get; set; }

        /// <summary>Observations per bucket (not cumulative); the last, implicit bucket is +Inf.</summary>
        public long[] Buckets { get; } = new long[bucketCount];

        public long Count { get; private set; }

        public void Observe(double value)
        {
            var index = Array.FindIndex(PrometheusText.BucketBounds, bound => value <= bound);
            if (index >= 0)
            {
                Buckets[index]++;
            }

            Value += value;
            Count++;
        }
    }
}
