using ChatworkGuard.Policy;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>Every normalisation class, seen through the detector: the disguised form is caught like the plain one.</summary>
public sealed class DetectorNormalisationTests
{
    [Theory]
    [InlineData("ＬＩＮＥ交換しましょう", "ＬＩＮＥ")]
    [InlineData("ﾗｲﾝ交換しましょう", "ﾗｲﾝ")]
    [InlineData("らいん交換しましょう", "らいん")]
    [InlineData("L\u200BI\u200BN\u200BE交換しましょう", "L\u200BI\u200BN\u200BE")]
    [InlineData("L.I.N.E交換しましょう", "L.I.N.E")]
    [InlineData("ラ イ ン交換しましょう", "ラ イ ン")]
    [InlineData("L1NE交換しましょう", "L1NE")]
    public void Detect_DisguisedLine_IsCaughtAndQuotedAsWritten(string body, string written)
    {
        var result = DefaultDetector.Instance.Detect(body);

        Assert.Contains(DetectionCategory.OffPlatformContact, result.Categories);
        Assert.Contains(result.Findings, f => f.Excerpt.Contains(written, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("報酬はpaypaIで払います")]
    [InlineData("報酬はP@yPalで払います")]
    [InlineData("報酬はＰａｙＰａｌで払います")]
    [InlineData("報酬はPay Palで払います")]
    [InlineData("報酬はｐ ａ ｙ ｐ ａ ｌで払います")]
    [InlineData("報酬はраураlで払います")]
    [InlineData("報酬はペイパルで払います")]
    [InlineData("報酬はﾍﾟｲﾊﾟﾙで払います")]
    public void Detect_LookAlikePayPal_IsDirectPayment(string body) =>
        Assert.Contains(DetectionCategory.DirectPayment, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("連絡はこちらへ sato(at)gmail.com 個人のアドレスです")]
    [InlineData("連絡はこちらへ sato＠gmail．com 個人のアドレスです")]
    [InlineData("連絡はこちらへ sato あっと gmail どっと com 個人のアドレスです")]
    [InlineData("連絡はこちらへ sato [at] gmail [dot] com 個人のアドレスです")]
    public void Detect_ObfuscatedPersonalEmail_IsOffPlatformContact(string body) =>
        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));

    [Theory]
    [InlineData("携帯にお電話ください 〇九〇-一二三四-五六七八")]
    [InlineData("携帯にお電話ください ０９０－１２３４－５６７８")]
    public void Detect_PhoneInKanjiOrFullWidthDigits_IsOffPlatformContact(string body) =>
        Assert.Contains(DetectionCategory.OffPlatformContact, DefaultDetector.Categories(body));

    [Fact]
    public void Detect_SpacedOutEscrowWord_IsEscrowBypass() =>
        Assert.Contains(DetectionCategory.EscrowBypass, DefaultDetector.Categories("か り ば ら い は 不 要 です、作業を進めてください"));

    [Fact]
    public void Detect_Finding_MapsBackToTheOriginalSpan()
    {
        const string body = "では今後は Ｔｅｌｅｇｒａｍ でやり取りしましょう";

        var finding = Assert.Single(DefaultDetector.Instance.Detect(body).Findings);

        Assert.Equal(body.Substring(finding.Start, finding.Length), finding.Excerpt);
        Assert.Contains("Ｔｅｌｅｇｒａｍ", finding.Excerpt, StringComparison.Ordinal);
    }
}
