using ChatworkGuard.Bot.Cli;

namespace ChatworkGuard.Tests.Bot.Cli;

public sealed class ExportWindowArgumentTests
{
    [Theory]
    [InlineData("2025-07-01", "2025-06-30T15:00:00.0000000+00:00")]
    [InlineData("2025-07-01T09:00", "2025-07-01T00:00:00.0000000+00:00")]
    [InlineData("2025-07-01T09:00:30", "2025-07-01T00:00:30.0000000+00:00")]
    [InlineData("2025-07-01T09:00:30.250", "2025-07-01T00:00:30.2500000+00:00")]
    [InlineData("2025-07-01T09:00:00+09:00", "2025-07-01T00:00:00.0000000+00:00")]
    [InlineData("2025-07-01T09:00:00-05:00", "2025-07-01T14:00:00.0000000+00:00")]
    [InlineData("2025-07-01T00:00:00Z", "2025-07-01T00:00:00.0000000+00:00")]
    [InlineData("2025-07-01T00:00Z", "2025-07-01T00:00:00.0000000+00:00")]
    public void ParseInstant_IsoDateOrDateTime_WithoutAnOffsetIsJapanTime(string text, string utc)
    {
        var instant = ExportWindowArgument.ParseInstant(text);

        Assert.Equal(utc, instant?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-07-32")]
    [InlineData("yesterday")]
    [InlineData("07/01/2025")]
    [InlineData("2025-07-01 09:00")]
    [InlineData("1751328000")]
    [InlineData("")]
    public void Parse_NotIso_SaysWhichOptionAndWhatIsAccepted(string text)
    {
        var window = ExportWindowArgument.Parse(null, text, out var error);

        Assert.Null(window);
        Assert.Equal($"--to \"{text}\" is not an ISO-8601 date or date-time. Use e.g. {ExportWindowArgument.Examples}; without an offset the time is Japan time (UTC+9).", error);
    }

    [Fact]
    public void Parse_FromAfterTo_IsRefused()
    {
        var window = ExportWindowArgument.Parse("2025-07-02", "2025-07-01T23:59", out var error);

        Assert.Null(window);
        Assert.StartsWith("--from 2025-07-02 (2025-07-02T00:00:00.000+09:00) is after --to 2025-07-01T23:59", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneBoundOrEqualBounds_GivesTheWindow()
    {
        var from = ExportWindowArgument.Parse("2025-07-01", null, out var fromError);
        var to = ExportWindowArgument.Parse(null, "2025-07-01", out var toError);
        var same = ExportWindowArgument.Parse("2025-07-01", "2025-07-01T00:00:00+09:00", out var sameError);
        var none = ExportWindowArgument.Parse(null, null, out var noneError);

        Assert.Equal((new DateTimeOffset(2025, 6, 30, 15, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null), (from!.From!.Value, from.To));
        Assert.Equal(((DateTimeOffset?)null, new DateTimeOffset(2025, 6, 30, 15, 0, 0, TimeSpan.Zero)), (to!.From, to.To!.Value));
        Assert.Equal(same!.From, same.To);
        Assert.Null(none);
        Assert.All(new[] { fromError, toError, sameError, noneError }, Assert.Null);
    }
}
