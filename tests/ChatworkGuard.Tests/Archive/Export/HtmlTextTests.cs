using ChatworkGuard.Archive.Export;

namespace ChatworkGuard.Tests.Archive.Export;

public sealed class HtmlTextTests
{
    [Fact]
    public void Encode_MarkupCharacters_AreEscaped()
    {
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", HtmlText.Encode("<script>alert('x')</script> & \"q\""));
    }

    [Fact]
    public void Encode_CarriageReturn_IsACharacterReferenceSoTheBrowserKeepsIt()
    {
        Assert.Equal("a&#13;\nb", HtmlText.Encode("a\r\nb"));
    }

    [Fact]
    public void Encode_JapaneseAndEmoji_StayAsIs()
    {
        Assert.Equal("仮払い 👍", HtmlText.Encode("仮払い 👍"));
    }
}
