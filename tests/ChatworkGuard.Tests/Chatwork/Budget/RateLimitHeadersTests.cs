using ChatworkGuard.Chatwork.Budget;

namespace ChatworkGuard.Tests.Chatwork.Budget;

public sealed class RateLimitHeadersTests
{
    [Fact]
    public void Parse_DocumentedExample_ReadsAbsoluteUnixReset()
    {
        var headers = RateLimitHeaders.Parse("300", "244", "1390941626");

        Assert.Equal(300, headers.Limit);
        Assert.Equal(244, headers.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1390941626), headers.Reset);
        Assert.True(headers.Any);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", "abc", "-5")]
    [InlineData("x", "-1", "99999999999999")]
    public void Parse_MissingOrGarbage_CountsAsAbsent(string? limit, string? remaining, string? reset)
    {
        var headers = RateLimitHeaders.Parse(limit, remaining, reset);

        Assert.False(headers.Any);
    }
}
