using System.Diagnostics.Metrics;
using ChatworkGuard.Bot.Metrics;

namespace ChatworkGuard.Tests.Bot.Metrics;

public sealed class PrometheusTextTests
{
    [Theory]
    [InlineData("chatworkguard.records.archived", "{record}", "Counter", "chatworkguard_records_archived_total")]
    [InlineData("chatworkguard.sync.delay", "s", "Histogram", "chatworkguard_sync_delay_seconds")]
    [InlineData("chatwork.budget.reset_in", "s", "Gauge", "chatwork_budget_reset_in_seconds")]
    [InlineData("http.duration_seconds", "s", "Gauge", "http_duration_seconds")]
    [InlineData("odd-name/with spaces", null, "Gauge", "odd_name_with_spaces")]
    [InlineData("9lives", "By", "Counter", "_9lives_bytes_total")]
    public void MetricName_InstrumentNameAndUnit_FollowPrometheusConventions(string name, string? unit, string type, string expected)
    {
        using var meter = new Meter("test");
        var instrument = meter.CreateCounter<long>(name, unit);

        Assert.Equal(expected, PrometheusText.MetricName(instrument, Enum.Parse<MetricType>(type)));
    }

    [Fact]
    public void Labels_Tags_AreSortedByKeyAndEscaped()
    {
        KeyValuePair<string, object?>[] tags = [new("status", "429"), new("method", "GET"), new("note", "a \"quoted\" \\ back\nslash"), new("count", 3)];

        var labels = PrometheusText.Labels(tags);

        Assert.Equal("""{count="3",method="GET",note="a \"quoted\" \\ back\nslash",status="429"}""", labels);
    }

    [Fact]
    public void Labels_NoTags_IsEmpty() => Assert.Equal("", PrometheusText.Labels([]));

    [Theory]
    [InlineData("", "le", "0.5", "{le=\"0.5\"}")]
    [InlineData("{kind=\"gap\"}", "le", "+Inf", "{kind=\"gap\",le=\"+Inf\"}")]
    public void WithLabel_AddsTheLabelInsideTheSet(string labels, string name, string value, string expected) =>
        Assert.Equal(expected, PrometheusText.WithLabel(labels, name, value));

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    public void Value_Doubles_UseInvariantRoundTripForm(double value, string expected) => Assert.Equal(expected, PrometheusText.Value(value));

    [Fact]
    public void Help_Newlines_AreEscaped() => Assert.Equal("line one\\nline \\\\two", PrometheusText.Help("line one\nline \\two"));
}
