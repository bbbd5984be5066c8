using ChatworkGuard.Policy;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>Notation cannot hide the sender's own contact details or words from the rules.</summary>
public sealed class HiddenAuthorTextTests
{
    [Theory]
    [InlineData("詳しくはこちらから追加してください[code]https://lin.ee/AbCdEf1[/code]")]
    [InlineData("続きはここで[code]t.me/freelance_taro[/code]")]
    [InlineData("[code]wa.me/819012345678[/code]")]
    [InlineData("サーバーに来てください [code]discord.gg/x7YhQ2[/code]")]
    public void Detect_InviteLinkInsideCode_StillWarns(string body) =>
        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));

    [Fact]
    public void Detect_PersonalEmailInsideCode_StillWarns() =>
        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories("今後は個人的にこちらへ連絡ください\n[code]taro.private.1988@gmail.com[/code]"));

    [Fact]
    public void Detect_CodeWithoutContactDetails_StaysQuiet() =>
        Assert.Empty(DefaultDetector.Categories("修正箇所です[code]const line = lines[0]; // LINE で分割[/code]"));

    [Fact]
    public void Detect_TestFixtureAddressInsideCode_StaysQuiet() =>
        Assert.Empty(DefaultDetector.Categories("テストデータです[code]user@example.com[/code]"));

    [Fact]
    public void Detect_QuoteOfTheSendersOwnMessage_CountsAsTheirWords()
    {
        const string body = "[qt][qtmeta aid=111 time=1700000000]LINE交換しませんか？ID: taro123[/qt]\nお返事お待ちしてます";

        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Instance.Detect(body, roomId: 1, accountId: 111).Categories);
    }

    [Fact]
    public void Detect_QuoteOfSomeoneElse_IsNotTheSendersWords()
    {
        const string body = "[qt][qtmeta aid=222 time=1700000000]LINE交換しませんか？ID: taro123[/qt]\nそれは規約違反なのでお受けできません";

        Assert.Empty(DefaultDetector.Instance.Detect(body, roomId: 1, accountId: 111).Categories);
        Assert.Empty(DefaultDetector.Instance.Detect(body).Categories);
    }

    [Fact]
    public void Detect_CraftedBodyThatWouldBacktrackForSeconds_StillFindsTheHandleInCode()
    {
        // Thousands of unclosed [code] tags and a long run of address characters without '@' cost a backtracking
        // matcher quadratic time, so it gave up (timeout) and the handle below went unseen; the linear matcher does not.
        var body = "今後は個人的にこちらへ連絡ください\n" + string.Concat(Enumerable.Repeat("[code]", 3000)) + new string('a', 20000)
            + "[code]taro.private.1988@gmail.com[/code]";

        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));
    }
}
