using ChatworkGuard.Emulator.State;

namespace ChatworkGuard.Tests.Emulator.State;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("[To:123] Yamada\nhello", new long[] { 123 })]
    [InlineData("[To:1][To:2] both [To:1] again", new long[] { 1, 2 })]
    [InlineData("[rp aid=10125216 to=388277412-1947558692782219264]William\nbody", new long[] { 10125216 })]
    [InlineData("[qt][qtmeta aid=5 time=1741068226][To:7] old[/qt]\nreply [To:8]", new long[] { 8 })]
    [InlineData("[toall] everyone", new long[0])]
    [InlineData("plain text", new long[0])]
    public void Of_Body_FindsMentionedAccounts(string body, long[] expected)
    {
        Assert.Equal(expected, Mentions.Of(body));
    }
}
