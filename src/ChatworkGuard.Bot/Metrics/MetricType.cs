namespace ChatworkGuard.Bot.Metrics;

/// <summary>How an instrument appears in the Prometheus text format.</summary>
internal enum MetricType
{
    /// <summary>A monotonic total (<c>_total</c>).</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>Bucketed observations with <c>_bucket</c>, <c>_sum</c> and <c>_count</c>.</summary>
    Histogram,
}
