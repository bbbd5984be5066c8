using ChatworkGuard.Policy.Text;

namespace ChatworkGuard.Tests.Policy.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("ＰａｙＰａｌ", "paypal")]
    [InlineData("Ｔｅｌｅｇｒａｍ", "telegram")]
    [InlineData("ＬＩＮＥ　Ｐａｙ", "line pay")]
    [InlineData("１２３４５", "12345")]
    [InlineData("㈱テスト", "(株)てすと")]
    public void Normalize_FullWidthAndCompatibilityForms_BecomeNfkc(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("LINE", "line")]
    [InlineData("WhatsApp", "whatsapp")]
    [InlineData("ÀÉÎ", "aei")]
    public void Normalize_Case_IsFolded(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("ライン", "らいん")]
    [InlineData("テレグラム", "てれぐらむ")]
    [InlineData("ﾃﾚｸﾞﾗﾑ", "てれぐらむ")]
    [InlineData("ﾊﾟｲﾊﾟﾙ", "ぱいぱる")]
    [InlineData("カ\u3099", "が")]
    [InlineData("ヴ", "ゔ")]
    public void Normalize_Katakana_BecomesHiragana(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("L\u200BINE", "line")]
    [InlineData("Pay\u200DPal\uFEFF", "paypal")]
    [InlineData("LI\u00ADNE", "line")]
    [InlineData("pay\u202Epal", "paypal")]
    public void Normalize_ZeroWidthAndFormatCharacters_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("L.I.N.E", "line")]
    [InlineData("L I N E交換", "line交換")]
    [InlineData("ラ イ ン", "らいん")]
    [InlineData("ら い ん のID", "らいんのid")]
    [InlineData("d-i-s-c-o-r-d", "discord")]
    [InlineData("仮 払 い 前 ですが", "仮払い前 ですが")]
    [InlineData("n e x t  t i m e ok", "next time ok")]
    [InlineData("ｐ・ａ・ｙ・ｐ・ａ・ｌ", "paypal")]
    public void Normalize_SpacedOutLetters_AreJoined(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("a b", "a b")]
    [InlineData("I am ok", "i am ok")]
    [InlineData("Plan A / B / C", "plan a / b / c")]
    [InlineData("5,000円", "5,000円")]
    public void Normalize_OrdinaryShortWords_AreNotJoined(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("раураl", "paypal")]
    [InlineData("Теlеgrаm", "telegram")]
    public void Normalize_CyrillicLookAlikes_BecomeLatin(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("sato.haruka(at)gmail.com", "sato.haruka@gmail.com")]
    [InlineData("takahashi.ryo [at] yahoo.co.jp", "takahashi.ryo@yahoo.co.jp")]
    [InlineData("priya.s(at)gmail(dot)com", "priya.s@gmail.com")]
    [InlineData("miki＠ｇｍａｉｌ．ｃｏｍ", "miki@gmail.com")]
    [InlineData("ken あっと gmail どっと com", "ken@gmail.com")]
    [InlineData("ken(アット)gmail(ドット)com", "ken@gmail.com")]
    public void Normalize_EmailAtAndDotMarkers_AreFolded(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("あっという間でした", "あっという間でした")]
    [InlineData("meet (at) noon", "meet (at) noon")]
    public void Normalize_AtMarkersOutsideAddresses_StayText(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("〇九〇-一二三四-五六七八", "090-1234-5678")]
    [InlineData("一旦", "一旦")]
    [InlineData("第一営業", "第一営業")]
    [InlineData("０９０", "090")]
    public void Normalize_KanjiAndFullWidthDigits_BecomeAsciiDigits(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("  a   b  ", "a b")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a \n b", "a\nb")]
    public void Normalize_Whitespace_IsCollapsed(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);

    [Fact]
    public void ToOriginal_MatchInNormalisedText_QuotesWhatTheAuthorWrote()
    {
        const string original = "連絡は Ｌ Ｉ Ｎ Ｅ でお願いします";
        var normalized = TextNormalizer.Normalize(original);

        var index = normalized.Text.IndexOf("line", StringComparison.Ordinal);

        Assert.Equal("Ｌ Ｉ Ｎ Ｅ", normalized.OriginalExcerpt(index, 4));
    }

    [Fact]
    public void ToOriginal_FoldedEmail_CoversTheMarkers()
    {
        const string original = "mail: a.b (at) gmail (dot) com です";
        var normalized = TextNormalizer.Normalize(original);

        var index = normalized.Text.IndexOf("a.b@gmail.com", StringComparison.Ordinal);

        Assert.Equal("a.b (at) gmail (dot) com", normalized.OriginalExcerpt(index, "a.b@gmail.com".Length));
    }

    [Fact]
    public void ToOriginal_VoicedHalfWidthKana_CoversBothCharacters()
    {
        var normalized = TextNormalizer.Normalize("ｶﾞ");

        Assert.Equal("が", normalized.Text);
        Assert.Equal((0, 2), normalized.ToOriginal(0, 1));
    }

    [Fact]
    public void Normalize_SurrogatePairs_AreKeptWhole()
    {
        var normalized = TextNormalizer.Normalize("🙇LINE");

        Assert.Equal("🙇line", normalized.Text);
        Assert.Equal("🙇", normalized.OriginalExcerpt(0, 2));
    }
}
