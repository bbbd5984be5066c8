using ChatworkGuard.Chatwork.Notation;

namespace ChatworkGuard.Tests.Chatwork.Notation;

public sealed class NotationParserTests
{
    [Fact]
    public void Parse_PlainText_ReturnsOneTextSegment()
    {
        var segments = NotationParser.Parse("こんにちは world");

        var text = Assert.IsType<TextSegment>(Assert.Single(segments));
        Assert.Equal("こんにちは world", text.Text);
        Assert.Equal((0, 11), (text.Start, text.Length));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_NullOrEmpty_ReturnsNoSegments(string? body) => Assert.Empty(NotationParser.Parse(body));

    [Fact]
    public void Parse_QuoteWithMeta_KeepsAuthorTimeAndContent()
    {
        const string body = "[qt][qtmeta aid=10125216 time=1741068226]引用文[/qt]\n返事";

        var segments = NotationParser.Parse(body);

        Assert.Equal(2, segments.Count);
        var quote = Assert.IsType<QuoteSegment>(segments[0]);
        Assert.Equal(10125216, quote.AccountId);
        Assert.Equal(1741068226, quote.Time);
        Assert.Equal("引用文", Assert.IsType<TextSegment>(Assert.Single(quote.Children)).Text);
        Assert.Equal(body.IndexOf('\n', StringComparison.Ordinal), quote.End);
        Assert.Equal("\n返事", Assert.IsType<TextSegment>(segments[1]).Text);
    }

    [Fact]
    public void Parse_QuoteMetaWithoutTime_HasNullTime()
    {
        var quote = Assert.IsType<QuoteSegment>(Assert.Single(NotationParser.Parse("[qt][qtmeta aid=5]x[/qt]")));

        Assert.Equal(5, quote.AccountId);
        Assert.Null(quote.Time);
    }

    [Theory]
    [InlineData("[引用 aid=7 time=100]中身[/引用]")]
    [InlineData("[Quote aid=7 time=100]中身[/Quote]")]
    public void Parse_LocalisedQuote_IsAQuoteWithMeta(string body)
    {
        var quote = Assert.IsType<QuoteSegment>(Assert.Single(NotationParser.Parse(body)));

        Assert.Equal((7L, 100L), (quote.AccountId!.Value, quote.Time!.Value));
        Assert.Equal("中身", Assert.IsType<TextSegment>(Assert.Single(quote.Children)).Text);
    }

    [Fact]
    public void Parse_NestedQuotes_AreNested()
    {
        var outer = Assert.IsType<QuoteSegment>(Assert.Single(NotationParser.Parse("[qt][qtmeta aid=1]a[qt][qtmeta aid=2]b[/qt]c[/qt]")));

        Assert.Equal(3, outer.Children.Count);
        var inner = Assert.IsType<QuoteSegment>(outer.Children[1]);
        Assert.Equal(2, inner.AccountId);
    }

    [Fact]
    public void Parse_CodeBlock_KeepsTagsInsideAsRawText()
    {
        var segments = NotationParser.Parse("見て:[code][To:1] [/info] LINE 42[/code]");

        var code = Assert.IsType<CodeSegment>(segments[1]);
        Assert.Equal("[To:1] [/info] LINE 42", code.Text);
        Assert.Equal(2, segments.Count);
    }

    [Fact]
    public void Parse_InfoWithTitle_ExposesTitle()
    {
        var info = Assert.IsType<InfoSegment>(Assert.Single(NotationParser.Parse("[info][title]作業開始のお知らせ[/title]本日より着手します[/info]")));

        Assert.NotNull(info.Title);
        Assert.Equal("作業開始のお知らせ", Assert.IsType<TextSegment>(Assert.Single(info.Title.Children)).Text);
        Assert.Equal("本日より着手します", Assert.IsType<TextSegment>(info.Children[1]).Text);
    }

    [Fact]
    public void Parse_ToAndToAll_AreMentions()
    {
        var segments = NotationParser.Parse("[To:123] 山田さん [toall]");

        Assert.Equal(123, Assert.IsType<ToSegment>(segments[0]).AccountId);
        Assert.IsType<ToAllSegment>(segments[2]);
    }

    [Theory]
    [InlineData("[rp aid=2739132 to=93207172-1007287785163345920] sue445\ntest")]
    [InlineData("[返信 aid=2739132 to=93207172-1007287785163345920] sue445\ntest")]
    [InlineData("[Reply aid=2739132 to=93207172-1007287785163345920] sue445\ntest")]
    public void Parse_ReplyInEveryForm_GivesTarget(string body)
    {
        var reply = Assert.IsType<ReplySegment>(NotationParser.Parse(body)[0]);

        Assert.Equal(2739132, reply.AccountId);
        Assert.Equal(93207172, reply.RoomId);
        Assert.Equal("1007287785163345920", reply.MessageId);
    }

    [Fact]
    public void Parse_FileUploadSystemMessage_GivesDtextPreviewAndDownload()
    {
        const string body = "[info][title][dtext:file_uploaded][/title][preview id=1693905617 ht=111][download:1693905617]image_2025_3_4.png (3.62 KB)[/download][/info]";

        var info = Assert.IsType<InfoSegment>(Assert.Single(NotationParser.Parse(body)));

        Assert.Equal("file_uploaded", Assert.IsType<SystemTextSegment>(Assert.Single(info.Title!.Children)).Key);
        var preview = Assert.IsType<PreviewSegment>(info.Children[1]);
        Assert.Equal((1693905617L, 111), (preview.FileId, preview.Height!.Value));
        var download = Assert.IsType<DownloadSegment>(info.Children[2]);
        Assert.Equal(1693905617, download.FileId);
        Assert.Equal("image_2025_3_4.png (3.62 KB)", Assert.IsType<TextSegment>(Assert.Single(download.Children)).Text);
    }

    [Fact]
    public void Parse_TaskAddedSystemMessage_GivesTaskAttributes()
    {
        const string body = "[info][title][dtext:task_added][/title][task aid=8638511 st=open lt=1705642989 ltype=date]TASK[/task][/info]";

        var info = Assert.IsType<InfoSegment>(Assert.Single(NotationParser.Parse(body)));

        var task = Assert.IsType<TaskSegment>(info.Children[1]);
        Assert.Equal(8638511, task.AccountId);
        Assert.Equal("open", task.Status);
        Assert.Equal(1705642989, task.LimitTime);
        Assert.Equal("date", task.LimitType);
        Assert.Equal("TASK", Assert.IsType<TextSegment>(Assert.Single(task.Children)).Text);
    }

    [Fact]
    public void Parse_RoomCreatedSystemMessage_GivesAccountsAndDtexts()
    {
        const string body = "[info][title][dtext:chatroom_groupchat_created][/title][dtext:chatroom_chatname_is]NAME[dtext:chatroom_set]\n\n[dtext:chatroom_member_is][piconname:367][dtext:chatroom_added][/info]";

        var info = Assert.IsType<InfoSegment>(Assert.Single(NotationParser.Parse(body)));

        Assert.Contains(info.Children, s => s is AccountSegment { AccountId: 367, Display: AccountDisplay.IconAndName });
        Assert.Equal(4, info.Children.OfType<SystemTextSegment>().Count());
    }

    [Fact]
    public void Parse_HrAndAccountTags_AreRecognised()
    {
        var segments = NotationParser.Parse("[hr][picon:1][pname:2]");

        Assert.IsType<HorizontalRuleSegment>(segments[0]);
        Assert.Equal(AccountDisplay.Icon, Assert.IsType<AccountSegment>(segments[1]).Display);
        Assert.Equal(AccountDisplay.Name, Assert.IsType<AccountSegment>(segments[2]).Display);
    }

    [Theory]
    [InlineData("[unknown]text")]
    [InlineData("[To:abc] hi")]
    [InlineData("[rp aid=1 to=2] hi")]
    [InlineData("[rp aid=x to=2-3] hi")]
    [InlineData("[qtmeta aid=1]stray meta")]
    [InlineData("[/info] stray close")]
    [InlineData("[info]never closed")]
    [InlineData("[code]never closed [To:1")]
    [InlineData("[[[[]]]]")]
    [InlineData("a [b] c")]
    public void Parse_UnknownOrUnbalancedTags_StayText(string body)
    {
        var segments = NotationParser.Parse(body);

        var text = Assert.IsType<TextSegment>(Assert.Single(segments));
        Assert.Equal(body, text.Text);
    }

    [Fact]
    public void Parse_DoubleBracketBeforeTag_KeepsFirstBracketAsText()
    {
        var segments = NotationParser.Parse("[[To:1]x");

        Assert.Equal("[", Assert.IsType<TextSegment>(segments[0]).Text);
        Assert.Equal(1, Assert.IsType<ToSegment>(segments[1]).AccountId);
    }

    [Fact]
    public void Parse_CloseInsideQuote_EndsQuoteEarly()
    {
        // Chatwork ends a block at the first matching close, so the rest is outside the quote.
        var segments = NotationParser.Parse("[qt][qtmeta aid=1]a[/qt]b[/qt]");

        var quote = Assert.IsType<QuoteSegment>(segments[0]);
        Assert.Equal("a", Assert.IsType<TextSegment>(Assert.Single(quote.Children)).Text);
        Assert.Equal("b[/qt]", Assert.IsType<TextSegment>(segments[1]).Text);
    }

    [Fact]
    public void Parse_ContainerClosedAcrossUnclosedInner_DissolvesInner()
    {
        var info = Assert.IsType<InfoSegment>(Assert.Single(NotationParser.Parse("[info][title]t[/info]")));

        Assert.Equal("[title]t", Assert.IsType<TextSegment>(Assert.Single(info.Children)).Text);
    }

    [Fact]
    public void Parse_NestingBeyondMaxDepth_KeepsDeepTagsAsText()
    {
        var depth = NotationParser.MaxDepth + 10;
        var body = string.Concat(Enumerable.Repeat("[info]", depth)) + "x" + string.Concat(Enumerable.Repeat("[/info]", depth));

        var segments = NotationParser.Parse(body);

        var nesting = 0;
        for (var current = segments; current.Count > 0 && current[0] is InfoSegment info; current = info.Children)
        {
            nesting++;
        }

        Assert.InRange(nesting, 1, NotationParser.MaxDepth);
        Assert.Equal(body.Length, segments.Sum(s => s.Length));
    }

    [Fact]
    public void GetAuthorTextRanges_MixedBody_GivesTheSendersTextOnly()
    {
        const string body = "[To:1]佐藤さん\n[qt][qtmeta aid=2]LINE?[/qt]お断り[code]x[/code][info]本文[/info]";
        var ranges = new Range[NotationParser.MaxAuthorTextRanges(body)];

        var count = NotationParser.GetAuthorTextRanges(body, ranges);

        Assert.Equal(["佐藤さん\n", "お断り", "本文"], ranges.Take(count).Select(r => body[r]));
    }

    [Fact]
    public void AuthorText_SkipsQuotesCodeAndFileLinks()
    {
        const string body = "[To:1]佐藤さん\n[qt][qtmeta aid=2]LINEで話せますか？[/qt]お断りします[code]LINE 42[/code][info][title]t[/title]本文[/info][download:3]line.png[/download]";

        var texts = NotationParser.AuthorText(NotationParser.Parse(body)).Select(t => t.Text).ToArray();

        Assert.Equal(["佐藤さん\n", "お断りします", "t", "本文"], texts);
    }
}
