using ChatworkGuard.Policy.Notices;
using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Tests.Policy.Notices;

/// <summary>The team lead's notices about a room that is no longer archived: the exact words in both languages.</summary>
public sealed class RoomNoticesTests
{
    [Fact]
    public void Lost_Japanese_NamesTheRoomAndWhereItsRecordIs()
    {
        var notice = RoomNotices.Lost(123, "案件A", 42, BotLanguage.Ja);

        Assert.Equal("監視中のルームが見えなくなりました", notice.Title);
        Assert.Equal(
            "ルーム「案件A」（ID 123）が削除されたか、ChatworkGuard がルームから外されました。\nこれまでの記録（42 件）はアーカイブに保存されています。証拠の出力: chatwork-guard export --room 123 --out DIR",
            notice.Body);
    }

    [Fact]
    public void Lost_English_NamesTheRoomAndWhereItsRecordIs()
    {
        var notice = RoomNotices.Lost(123, "Deal A", 42, BotLanguage.En);

        Assert.Equal("A watched room is gone", notice.Title);
        Assert.Equal(
            "The room \"Deal A\" (ID 123) was deleted, or ChatworkGuard was removed from it.\nIts record (42 entries) is kept in the archive. Export the evidence with: chatwork-guard export --room 123 --out DIR",
            notice.Body);
    }

    [Fact]
    public void Unwatched_Japanese_SaysWhyAndWhereTheRecordIs()
    {
        var notice = RoomNotices.Unwatched(9_000_000_001, "案件B", 0, BotLanguage.Ja);

        Assert.Equal("ルームの監視を止めました", notice.Title);
        Assert.Equal(
            "ルーム「案件B」（ID 9000000001）は設定（Rooms:Deny または許可リスト）により監視対象外になりました。以後の発言は記録・警告されません。\nこれまでの記録（0 件）はアーカイブに保存されています。証拠の出力: chatwork-guard export --room 9000000001 --out DIR",
            notice.Body);
    }

    [Fact]
    public void Unwatched_English_SaysWhyAndWhereTheRecordIs()
    {
        var notice = RoomNotices.Unwatched(9_000_000_001, "Deal B", 0, BotLanguage.En);

        Assert.Equal("A room is no longer watched", notice.Title);
        Assert.Equal(
            "The room \"Deal B\" (ID 9000000001) is no longer watched by configuration (Rooms:Deny or the allow list); what is said there from now on is neither archived nor warned about.\nIts record (0 entries) is kept in the archive. Export the evidence with: chatwork-guard export --room 9000000001 --out DIR",
            notice.Body);
    }
}
