using ChatworkGuard.Chatwork.Notation;

namespace ChatworkGuard.Tests.Chatwork.Notation;

public sealed class NotationTextTests
{
    [Theory]
    [InlineData("[To:1]", "［To:1］")]
    [InlineData("a[/info]b", "a［/info］b")]
    [InlineData("no brackets", "no brackets")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralize_Brackets_BecomeFullWidth(string? input, string expected) =>
        Assert.Equal(expected, NotationText.Neutralize(input));

    [Fact]
    public void Neutralize_TextWithoutBrackets_ReturnsSameInstance()
    {
        const string text = "そのまま";

        Assert.Same(text, NotationText.Neutralize(text));
    }
}
