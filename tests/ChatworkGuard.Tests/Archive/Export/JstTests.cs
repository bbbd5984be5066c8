using ChatworkGuard.Archive.Export;

namespace ChatworkGuard.Tests.Archive.Export;

public sealed class JstTests
{
    [Fact]
    public void FormatUnixSeconds_InRange_IsJapanTime() =>
        Assert.Equal("2025-07-01 18:30:00 JST", Jst.FormatUnixSeconds(1751362200));

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253402300800L)]
    [InlineData(-62135596801L)]
    public void FormatUnixSeconds_OutOfRange_SaysSoInsteadOfThrowing(long seconds) =>
        Assert.Equal($"(unix time {seconds}, out of range)", Jst.FormatUnixSeconds(seconds));
}
