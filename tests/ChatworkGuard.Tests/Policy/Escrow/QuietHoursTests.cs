using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Tests.Policy.Escrow;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly QuietHours Night = new(new TimeOnly(21, 0), new TimeOnly(8, 0));

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(3, 0, true)]
    [InlineData(8, 0, false)]
    [InlineData(12, 0, false)]
    public void Contains_WrappingSpan(int hour, int minute, bool expected) =>
        Assert.Equal(expected, Night.Contains(new TimeOnly(hour, minute)));

    [Fact]
    public void Contains_EmptySpan_IsNeverQuiet() =>
        Assert.False(new QuietHours(new TimeOnly(9, 0), new TimeOnly(9, 0)).Contains(new TimeOnly(9, 0)));

    [Fact]
    public void NextAllowed_LateEveningInTokyo_IsEightNextMorning()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 24, 22, 30, 0, TimeSpan.FromHours(9));

        var next = Night.NextAllowed(lateEvening, Tokyo);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(9)), next);
    }

    [Fact]
    public void NextAllowed_EarlyMorningInTokyo_IsEightSameDay()
    {
        var early = new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero); // 03:00 JST on the 25th

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(9)), Night.NextAllowed(early, Tokyo));
    }

    [Fact]
    public void NextAllowed_OutsideQuietHours_IsNow()
    {
        var noon = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(noon, Night.NextAllowed(noon, Tokyo));
    }
}
