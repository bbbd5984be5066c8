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

    [Fact]
    public void Write_OneCharacterChangedInALongMessage_IsStillDiffedPrecisely()
    {
        var before = new string('あ', 40_000) + "明日" + new string('い', 25_000);
        var after = new string('あ', 40_000) + "明後日" + new string('い', 25_000);
        using var writer = new StringWriter();

        var diffed = InlineDiff.Write(writer, before, after);

        Assert.True(diffed);
        Assert.Equal(new string('あ', 40_000) + "明<ins>後</ins>日" + new string('い', 25_000), writer.ToString());
    }

    [Fact]
    public void Write_AThousandRewritesOfALongestMessage_AreShownAsBothVersionsNotDiffed()
    {
        // Each version differs from the one before almost everywhere: the case where a diff's work is the product of the lengths.
        var random = new Random(14);
        string Version() => string.Create(65_535, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });
        var previous = Version();
        var diffedCount = 0;
        for (var edit = 0; edit < 1_000; edit++)
        {
            var next = Version();
            using var writer = new StringWriter();

            diffedCount += InlineDiff.Write(writer, previous, next) ? 1 : 0;

            var html = writer.ToString();
            // Both versions are there in full: the old one struck out, the new one inserted.
            Assert.Equal(previous.Length + next.Length + "<del></del><ins></ins>".Length - CommonEnds(previous, next), html.Length);
            previous = next;
        }

        Assert.Equal(0, diffedCount);
    }

    [Fact]
    public void Write_ChangedPartAtTheBound_IsDiffedAndOneAboveIsNot()
    {
        var half = InlineDiff.MaxDiffedCharacters / 2;
        using var atBound = new StringWriter();
        using var aboveBound = new StringWriter();

        Assert.True(InlineDiff.Write(atBound, new string('x', half), new string('y', half)));
        Assert.False(InlineDiff.Write(aboveBound, new string('x', half), new string('y', half + 1)));
        Assert.Equal($"<del>{new string('x', half)}</del><ins>{new string('y', half + 1)}</ins>", aboveBound.ToString());
    }

    // Characters the two versions share at their beginning and end, written once.
    private static int CommonEnds(string a, string b)
    {
        var prefix = 0;
        while (prefix < Math.Min(a.Length, b.Length) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < Math.Min(a.Length, b.Length) - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return prefix + suffix;
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
