using ChatworkGuard.Policy;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>Every exception class: the same words used innocently give no warning.</summary>
public sealed class DetectorExceptionTests
{
    [Theory]
    [InlineData("LINEでのやり取りはお受けできかねます。こちらでお願いします")]
    [InlineData("銀行振込でのお支払いは受け付けておりません")]
    [InlineData("Sorry, I can't move this to Telegram.")]
    [InlineData("I'd rather not take payment through Venmo.")]
    public void Detect_Negation_IsNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("ココナラ外での直接取引は規約違反になります")]
    [InlineData("プラットフォーム外での直接契約は禁止されています")]
    [InlineData("Contracting directly outside Upwork violates their terms of service.")]
    public void Detect_QuotingOrExplainingTheRules_IsNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Fact]
    public void Detect_RuleMentionedDismissively_IsStillAWarning() =>
        Assert.Contains(DetectionCategory.OffPlatformContract, DefaultDetector.Categories("規約は気にしなくて大丈夫なので、直接契約にしましょう"));

    [Theory]
    [InlineData("PayPal決済の実装をお願いします")]
    [InlineData("Telegram Botの通知機能を追加しました")]
    [InlineData("The checkout needs a PayPal button and a Stripe fallback.")]
    [InlineData("LINEログイン連携のチャネル設定を共有します")]
    [InlineData("口座番号の入力欄は7桁の数字チェックを入れてください")]
    public void Detect_FeatureOfTheSoftware_IsNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("Each line of the CSV ends with CRLF.")]
    [InlineData("エラーは LINE 12 で発生しています")]
    [InlineData("オンラインで打ち合わせしましょう")]
    [InlineData("ガイドラインに沿って修正しました")]
    public void Detect_LineAsTextOrInsideAWord_IsNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("テスト用に taro@example.com を使ってください")]
    [InlineData("Use qa-user@example.org in the seed data.")]
    public void Detect_TestFixtureAddresses_AreNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("仮払いが完了しました。ご確認ください")]
    [InlineData("The milestone has been funded.")]
    [InlineData("仮払い前の作業はできない決まりなので、確認でき次第ご連絡します")]
    public void Detect_EscrowDoneOrInsistedOn_IsNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("報酬は引き続きランサーズ経由でお支払いします")]
    [InlineData("I'll add the bonus through Upwork.")]
    [InlineData("直接編集していただいて大丈夫です")]
    [InlineData("The frontend calls the API directly.")]
    public void Detect_PaymentOrDirectWordsOnThePlatform_AreNotAWarning(string body) => Assert.Empty(DefaultDetector.Categories(body));

    [Theory]
    [InlineData("未着手のタスクが2件あります")]
    [InlineData("作業開始前に確認させてください")]
    [InlineData("We haven't started yet.")]
    public void Detect_NotStarting_IsNoWorkStartSignal(string body) => Assert.Empty(DefaultDetector.Instance.Detect(body).Signals);

    [Fact]
    public void Detect_QuotedRequest_IsNotTheAuthorsWords()
    {
        const string body = "[qt][qtmeta aid=1 time=2]LINE交換しませんか？[/qt]\nすみません、こちらでお願いします";

        Assert.Empty(DefaultDetector.Categories(body));
    }

    [Fact]
    public void Detect_CodeBlock_IsNotTheAuthorsWords()
    {
        const string body = "このコードで動きました[code]sendToLine('LINE交換しませんか'); payWithPayPal(amount);[/code]";

        Assert.Empty(DefaultDetector.Categories(body));
    }

    [Fact]
    public void Detect_TextAfterAQuote_IsStillScanned()
    {
        const string body = "[qt][qtmeta aid=1]了解です[/qt]\nところでLINE交換しませんか？";

        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));
    }
}
