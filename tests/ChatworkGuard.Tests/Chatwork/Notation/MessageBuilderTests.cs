using ChatworkGuard.Chatwork.Notation;

namespace ChatworkGuard.Tests.Chatwork.Notation;

public sealed class MessageBuilderTests
{
    [Fact]
    public void Build_ReplyWithInfo_ProducesChatworkNotation()
    {
        var body = new MessageBuilder()
            .Reply(5512093, 219876543, "1658743210")
            .Line("高橋さん")
            .Info("注意", b => b.Line("直接取引は規約違反です").Text("[To:1]"))
            .ToString();

        Assert.Equal("[rp aid=5512093 to=219876543-1658743210]高橋さん\n[info][title]注意[/title]直接取引は規約違反です\n［To:1］[/info]", body);
    }

    [Fact]
    public void Build_ToAndToAll_ProduceMentions()
    {
        var body = new MessageBuilder().To(42).Text(" 山田さん").ToAll().HorizontalRule().ToString();

        Assert.Equal("[To:42] 山田さん[toall][hr]", body);
    }

    [Fact]
    public void Build_InfoWithoutTitle_HasNoTitleTag()
    {
        var body = new MessageBuilder().Info(b => b.Text("x")).ToString();

        Assert.Equal("[info]x[/info]", body);
    }

    [Theory]
    [InlineData("12]3")]
    [InlineData("abc")]
    [InlineData("")]
    public void Reply_MessageIdNotDigits_Throws(string messageId) =>
        Assert.ThrowsAny<ArgumentException>(() => new MessageBuilder().Reply(1, 2, messageId));

    [Fact]
    public void Build_ParsedBack_GivesTheTagsWritten()
    {
        var body = new MessageBuilder().Reply(1, 2, "3").Info("t", b => b.Text("本文")).To(4).ToString();

        var segments = NotationParser.Parse(body);

        Assert.IsType<ReplySegment>(segments[0]);
        Assert.IsType<InfoSegment>(segments[1]);
        Assert.IsType<ToSegment>(segments[2]);
    }
}
