using ChatworkGuard.Policy.Profiles;

namespace ChatworkGuard.Tests.Policy.Profiles;

public sealed class ProfileCommandParserTests
{
    [Theory]
    [InlineData("受注者は私です", ProfileCommandKind.Contractor, "私", true)]
    [InlineData("contractor: me", ProfileCommandKind.Contractor, "me", true)]
    [InlineData("Contractor is me.", ProfileCommandKind.Contractor, "me", true)]
    [InlineData("受注者：山田 花子さん", ProfileCommandKind.Contractor, "山田 花子さん", false)]
    [InlineData("受注者", ProfileCommandKind.Contractor, "", false)]
    [InlineData("発注者はわたしです。", ProfileCommandKind.Client, "わたし", true)]
    [InlineData("client: 12345", ProfileCommandKind.Client, "12345", false)]
    [InlineData("プラットフォーム ランサーズ", ProfileCommandKind.Platform, "ランサーズ", false)]
    [InlineData("プラットフォームはココナラです", ProfileCommandKind.Platform, "ココナラ", false)]
    [InlineData("platform: Lancers", ProfileCommandKind.Platform, "Lancers", false)]
    [InlineData("ＰＬＡＴＦＯＲＭ　ＣＷ", ProfileCommandKind.Platform, "CW", false)]
    public void Parse_Command_KindArgumentAndSelf(string line, ProfileCommandKind kind, string argument, bool self)
    {
        Assert.Equal(new ProfileCommand(kind, argument, self), ProfileCommandParser.Parse(line));
    }

    [Theory]
    [InlineData("仮払い済み")]
    [InlineData("プラットフォーム")]
    [InlineData("よろしくお願いします")]
    [InlineData("")]
    public void Parse_NotAProfileCommand_IsNull(string line)
    {
        Assert.Null(ProfileCommandParser.Parse(line));
    }
}
