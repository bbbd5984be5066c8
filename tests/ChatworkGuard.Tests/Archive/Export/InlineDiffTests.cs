using System.Text.RegularExpressions;
using ChatworkGuard.Archive.Export;

namespace ChatworkGuard.Tests.Archive.Export;

public sealed partial class InlineDiffTests
{
    [Theory]
    [InlineData("直接お振込みでもいいですか？", "プラットフォーム経由でお願いします。")]
    [InlineData("hello world", "hello brave new world")]
    [InlineData("👍 ok", "👎 ok")]
    [InlineData("", "new text")]
    [InlineData("old text", "")]
    [InlineData("<b>a</b> & b", "<i>a</i> & c")]
    public void Write_AnyEdit_TextOutsideDelIsTheNewBodyAndInsideInsIsAdded(string before, string after)
    {
        var html = Render(before, after);

        Assert.Equal(after, Decode(DelPattern().Replace(html, string.Empty)));
        Assert.Equal(before, Decode(InsPattern().Replace(html, string.Empty)));
    }

    [Fact]
    public void Write_JapaneseEdit_MarksOnlyTheChangedCharacters()
    {
        var html = Render("明日までに納品します", "明後日までに納品します");

        Assert.Equal("明<ins>後</ins>日までに納品します", html);
    }

    [Fact]
    public void Write_EmojiChanged_NeverSplitsASurrogatePair()
    {
        var html = Render("👍", "👎");

        Assert.Equal("<del>👍</del><ins>👎</ins>", html);
    }

    private static string Render(string before, string after)
    {
        using var writer = new StringWriter();
        InlineDiff.Write(writer, before, after);
        return writer.ToString();
    }

    private static string Decode(string html) =>
        System.Net.WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty));

    [GeneratedRegex("<del>.*?</del>", RegexOptions.Singleline)]
    private static partial Regex DelPattern();

    [GeneratedRegex("<ins>.*?</ins>", RegexOptions.Singleline)]
    private static partial Regex InsPattern();

    [GeneratedRegex("</?(ins|del)>")]
    private static partial Regex TagPattern();
}
