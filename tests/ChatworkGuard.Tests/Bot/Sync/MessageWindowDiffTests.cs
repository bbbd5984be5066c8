using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Sync;

namespace ChatworkGuard.Tests.Bot.Sync;

public sealed class MessageWindowDiffTests
{
    private const long BaseId = 1_900_000_000_000_000_000;

    private static string Id(int n) => (BaseId + n).ToString(CultureInfo.InvariantCulture);

    private static SeenMessage Seen(int n, string body = "hello", long updateTime = 0) =>
        new(Id(n), 10, "client", body, 1_700_000_000 + n, updateTime);

    private static Dictionary<string, MessageVersion> Known(params (int N, string Body, long UpdateTime, bool Deleted)[] messages) =>
        messages.ToDictionary(m => Id(m.N), m => new MessageVersion(Id(m.N), m.N, m.Deleted ? RecordKind.MessageDeleted : RecordKind.MessageCreated, null, m.Body, null, m.UpdateTime));

    [Fact]
    public void Compare_NewIds_AreCreatedInWindowOrder()
    {
        var known = Known((1, "hello", 0, false));
        var diff = MessageWindowDiff.Compare(known, [Seen(1), Seen(2), Seen(3)]);

        Assert.Equal([Id(2), Id(3)], diff.Created.Select(m => m.MessageId));
        Assert.Empty(diff.Edited);
        Assert.Empty(diff.Missing);
        Assert.Equal(0, diff.GapCount);
    }

    [Fact]
    public void Compare_ChangedUpdateTimeOrBody_IsEdited()
    {
        var known = Known((1, "hello", 0, false), (2, "hello", 0, false));
        var diff = MessageWindowDiff.Compare(known, [Seen(1, "hello", updateTime: 1_700_000_500), Seen(2, "changed")]);

        Assert.Equal([Id(1), Id(2)], diff.Edited.Select(m => m.MessageId));
        Assert.Empty(diff.Created);
    }

    [Fact]
    public void Compare_UnchangedWindow_IsEmpty()
    {
        var known = Known((1, "hello", 0, false), (2, "hello", 0, false));
        Assert.True(MessageWindowDiff.Compare(known, [Seen(1), Seen(2)]).IsEmpty);
    }

    [Fact]
    public void Compare_VersionArchivedWithoutUpdateTimeOrBody_ReadsAsNeverEditedAndEmpty()
    {
        var known = new Dictionary<string, MessageVersion>
        {
            [Id(1)] = new(Id(1), 1, RecordKind.MessageCreated, 10, null, null, null),
        };

        Assert.True(MessageWindowDiff.Compare(known, [Seen(1, body: "")]).IsEmpty);
        Assert.Equal(Id(1), Assert.Single(MessageWindowDiff.Compare(known, [Seen(1, body: "now")]).Edited).MessageId);
    }

    [Fact]
    public void Compare_ArchivedIdAbsentFromPartialWindow_IsMissing()
    {
        var known = Known((1, "hello", 0, false), (2, "bye", 0, false), (3, "hello", 0, false));
        var diff = MessageWindowDiff.Compare(known, [Seen(1), Seen(3)]);

        Assert.Equal(Id(2), Assert.Single(diff.Missing).MessageId);
    }

    [Fact]
    public void Compare_AlreadyDeletedMessage_IsNotMissingAgain()
    {
        var known = Known((1, "hello", 0, false), (2, "bye", 0, true));
        Assert.Empty(MessageWindowDiff.Compare(known, [Seen(1)]).Missing);
    }

    [Fact]
    public void Compare_MessageOlderThanFullWindow_ScrolledOutAndIsNotMissing()
    {
        var known = Known((1, "old", 0, false), (50, "hello", 0, false));
        var window = Enumerable.Range(50, 100).Select(n => Seen(n)).ToList();

        var diff = MessageWindowDiff.Compare(known, window);

        Assert.Empty(diff.Missing);
        Assert.Equal(99, diff.Created.Count);
        Assert.Equal(0, diff.GapCount);
    }

    [Fact]
    public void Compare_MessageInsideFullWindowSpan_IsMissing()
    {
        var known = Known((50, "hello", 0, false), (60, "gone", 0, false));
        var window = Enumerable.Range(50, 101).Where(n => n != 60).Select(n => Seen(n)).ToList();

        var diff = MessageWindowDiff.Compare(known, window);

        Assert.Equal(Id(60), Assert.Single(diff.Missing).MessageId);
    }

    [Fact]
    public void Compare_FullWindowWithoutOverlap_ReportsGapFromMessageNumGrowth()
    {
        var known = Known((1, "hello", 0, false));
        var window = Enumerable.Range(200, 100).Select(n => Seen(n)).ToList();

        var diff = MessageWindowDiff.Compare(known, window, messageNumGrowth: 130);

        Assert.Equal(30, diff.GapCount);
    }

    [Fact]
    public void Compare_FullWindowWithoutOverlapAndUnknownGrowth_ReportsUnknownGap()
    {
        var known = Known((1, "hello", 0, false));
        var window = Enumerable.Range(200, 100).Select(n => Seen(n)).ToList();

        Assert.Equal(WindowDiff.UnknownGap, MessageWindowDiff.Compare(known, window).GapCount);
    }

    [Fact]
    public void Compare_FullWindowWhenOnlyAnEarlierMessageIsArchived_ReportsGapFromThatMessage()
    {
        // The archive read for a full window holds nothing sent since the window's oldest message; the newest
        // earlier message alone says that the archive does not reach the window.
        var window = Enumerable.Range(200, 100).Select(n => Seen(n)).ToList();

        var diff = MessageWindowDiff.Compare(new Dictionary<string, MessageVersion>(), window, messageNumGrowth: 130, newestEarlierId: Id(1));

        Assert.Equal(30, diff.GapCount);
    }

    [Fact]
    public void Compare_FullWindowOverlappingTheArchive_HasNoGapWhateverTheEarlierMessage()
    {
        var known = Known((200, "hello", 0, false));
        var window = Enumerable.Range(200, 100).Select(n => Seen(n)).ToList();

        Assert.Equal(0, MessageWindowDiff.Compare(known, window, messageNumGrowth: 130, newestEarlierId: Id(150)).GapCount);
    }

    [Fact]
    public void Compare_FirstReadOfRoom_HasNoGap()
    {
        var window = Enumerable.Range(200, 100).Select(n => Seen(n)).ToList();
        Assert.Equal(0, MessageWindowDiff.Compare(new Dictionary<string, MessageVersion>(), window, 500).GapCount);
    }

    [Theory]
    [InlineData("9", "10", -1)]
    [InlineData("1900000000000000001", "1900000000000000002", -1)]
    [InlineData("1900000000000000002", "999999999999999999", 1)]
    [InlineData("42", "42", 0)]
    public void MessageIdsCompare_OrdersNumerically(string left, string right, int expectedSign) =>
        Assert.Equal(expectedSign, Math.Sign(MessageIds.Compare(left, right)));
}
