using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.WebConsole.Reading;

namespace ChatworkGuard.Tests.Bot.WebConsole;

public sealed class RoomQueryTests
{
    private static readonly ConsoleRoomRow[] Rows =
    [
        new(3, "LP制作（クラウドワークス）", RoomLifecycle.Active, "CrowdWorks", 3, 40, 2, 1, 1, null, null, null),
        new(1, "ロゴ作成", RoomLifecycle.Lost, "Lancers", 2, 10, 0, 0, 0, null, null, TimeSpan.FromMinutes(3)),
        new(2, "Banner", RoomLifecycle.Active, "Coconala", 2, 40, 5, 0, 2, null, null, null),
    ];

    [Fact]
    public void Filter_MatchesNameIdOrPlatform_AndState()
    {
        Assert.Equal([3], RoomQuery.Filter(Rows, "クラウド", null).Select(r => r.RoomId));
        Assert.Equal([1], RoomQuery.Filter(Rows, "lancers", null).Select(r => r.RoomId));
        Assert.Equal([2], RoomQuery.Filter(Rows, "2", null).Select(r => r.RoomId));
        Assert.Equal([3, 2], RoomQuery.Filter(Rows, "", "active").Select(r => r.RoomId));
        Assert.Empty(RoomQuery.Filter(Rows, "ロゴ", "Active"));
    }

    [Fact]
    public void Sort_ByAColumnEitherWay_RoomIdBreakingTies_UnknownKeysByRoomId()
    {
        Assert.Equal([1, 2, 3], RoomQuery.Sort(Rows, "nonsense", false).Select(r => r.RoomId));
        Assert.Equal([1, 2, 3], RoomQuery.Sort(Rows, "messages", false).Select(r => r.RoomId));
        Assert.Equal([2, 3, 1], RoomQuery.Sort(Rows, "messages", true).Select(r => r.RoomId));
        Assert.Equal([2, 3, 1], RoomQuery.Sort(Rows, "edits", true).Select(r => r.RoomId));
        Assert.Equal([1, 2, 3], RoomQuery.Sort(Rows, "delay", true).Select(r => r.RoomId));
    }

    [Fact]
    public void SvgChart_HasOneBarPerValue_NoneForGapsOrZeros_AndNoStyleAttribute()
    {
        var svg = SvgChart.Bars([1, null, 4, 0], "遅れ <秒>", "delay");

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<rect "));
        Assert.Contains("aria-label=\"遅れ &lt;秒&gt;\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        Assert.Contains("max 4", svg, StringComparison.Ordinal);
    }
}
