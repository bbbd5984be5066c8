using System.Text.Unicode;

namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>A bar chart as inline SVG markup (no script, no style attribute: the console's CSP allows neither inline).</summary>
internal static class SvgChart
{
    private const int Width = 600;
    private const int Height = 120;

    // Japanese labels as characters, like the rest of the page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>One bar per value (a gap for null or zero), scaled to the largest; <paramref name="label"/> names the chart for screen readers.</summary>
    public static string Bars(IReadOnlyList<double?> values, string label, string cssClass)
    {
        ArgumentNullException.ThrowIfNull(values);
        var max = values.Max() is { } top && top > 0 ? top : 1;
        var barWidth = values.Count == 0 ? Width : (double)Width / values.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart {Encoder.Encode(cssClass)}\" viewBox=\"0 0 {Width} {Height + 14}\" role=\"img\" aria-label=\"{Encoder.Encode(label)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"0\" y1=\"{Height}\" x2=\"{Width}\" y2=\"{Height}\"/>");
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value || value <= 0)
            {
                continue;
            }

            var h = Math.Max(1, value / max * (Height - 4));
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{i * barWidth + 1:0.##}\" y=\"{Height - h:0.##}\" width=\"{Math.Max(1, barWidth - 2):0.##}\" height=\"{h:0.##}\"><title>{value:0.##}</title></rect>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"max\" x=\"2\" y=\"{Height + 12}\">max {max:0.##}</text></svg>");
        return svg.ToString();
    }
}
