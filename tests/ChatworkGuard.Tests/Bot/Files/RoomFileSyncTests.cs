using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Files;

namespace ChatworkGuard.Tests.Bot.Files;

public sealed class RoomFileSyncTests
{
    [Theory]
    [InlineData("[info][title][dtext:file_uploaded][/title][preview id=1693905617 ht=111][download:1693905617]image.png (3.62 KB)[/download][/info]", new long[] { 1693905617 })]
    [InlineData("[download:2150000001]a[/download] [download:2150000002]b[/download] [download:2150000001]a[/download]", new long[] { 2150000001, 2150000002 })]
    [InlineData("[download:abc]x[/download] [download:]y [download:-1] [DOWNLOAD:5]", new long[0])]
    [InlineData("[download:99999999999999999999]too long for a long", new long[0])]
    [InlineData("", new long[0])]
    public void FileIdsIn_FindsEachDownloadTagOnce(string body, long[] expected)
    {
        Assert.Equal(expected, RoomFileSync.FileIdsIn(body));
    }

    [Fact]
    public void FileRecordDetails_RoundTripsAndRejectsWhatIsNotFileDetails()
    {
        var details = new FileRecordDetails(2150000001, "1947277194111881216", "../契約書\u0001.pdf", 1234, 10, "山田", 1751362200, new string('a', 64))
        {
            Reason = "size-mismatch",
            ReceivedSize = 12,
        };

        Assert.Equal(details, FileRecordDetails.TryParse(details.ToJson()));
        Assert.Null(FileRecordDetails.TryParse("""{"name":"x"}"""));
        Assert.Null(FileRecordDetails.TryParse("not json"));
        Assert.Null(FileRecordDetails.TryParse(null));
    }
}
