using System.Text;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.Tests.Support;

namespace ChatworkGuard.Tests.Chatwork.Webhooks;

public sealed class WebhookSignatureVerifierTests
{
    // docs/chatwork-api.md §7: Chatwork's blog sample.
    private const string BlogToken = "A9ne+ygvdV0IZBaPFV2zC1e5Bk+IsI14BPwieRoBQNU=";
    private const string BlogSignature = "G7Gtrh5Ee6d8erOVXhWPtUrkNJqqIT5vwLU50KhyLQk=";

    // docs/chatwork-api.md §9: the sue445 mention_to_me sample.
    private const string MentionToken = "iY/hmitgwCBlc5DnjAZ8pyRG1HF0zFflfmKmtCDg1wk=";
    private const string MentionSignature = "NTIUzbXiwLvM7C/MT3Kd75Lw1w2N5tyWtcEieKiqhY0=";

    private static byte[] BlogBody => Fixture.Bytes("webhook_message_created.json");

    private static byte[] MentionBody => Fixture.Bytes("webhook_mention_to_me.json");

    [Fact]
    public void ComputeSignature_BlogVector_MatchesRecordedSignature() =>
        Assert.Equal(BlogSignature, WebhookSignatureVerifier.ComputeSignature(BlogBody, BlogToken));

    [Fact]
    public void ComputeSignature_MentionVector_MatchesRecordedSignature() =>
        Assert.Equal(MentionSignature, WebhookSignatureVerifier.ComputeSignature(MentionBody, MentionToken));

    [Fact]
    public void Verify_BothRecordedVectorsInHeader_Accepted()
    {
        Assert.True(WebhookSignatureVerifier.Verify(BlogBody, BlogToken, BlogSignature));
        Assert.True(WebhookSignatureVerifier.Verify(MentionBody, MentionToken, MentionSignature));
    }

    [Fact]
    public void VerifyRequest_SignatureOnlyInQuery_Accepted()
    {
        // ASP.NET Core hands the query value over already URL-decoded (%2B → +, %3D → =).
        var decoded = Uri.UnescapeDataString(Uri.EscapeDataString(MentionSignature));

        Assert.True(WebhookSignatureVerifier.VerifyRequest(MentionBody, [MentionToken], headerSignature: null, querySignature: decoded));
    }

    [Fact]
    public void VerifyRequest_QueryPlusDecodedAsSpace_StillAccepted()
    {
        // A form-style decoder turns an unencoded '+' into a space; base64 never has spaces.
        var (body, signature) = Enumerable.Range(0, 1000)
            .Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i}}}"))
            .Select(b => (b, WebhookSignatureVerifier.ComputeSignature(b, BlogToken)))
            .First(p => p.Item2.Contains('+', StringComparison.Ordinal));

        Assert.True(WebhookSignatureVerifier.VerifyRequest(body, [BlogToken], null, signature.Replace('+', ' ')));
    }

    [Fact]
    public void VerifyRequest_WrongHeaderButRightQuery_Rejected()
    {
        // A present header is what Chatwork sent; a mismatch there is a forgery whatever the query says.
        Assert.False(WebhookSignatureVerifier.VerifyRequest(BlogBody, [BlogToken], MentionSignature, BlogSignature));
    }

    [Fact]
    public void Verify_TokenTextUsedAsKeyInsteadOfDecodedBytes_DoesNotMatch()
    {
        using var wrong = new System.Security.Cryptography.HMACSHA256(Encoding.ASCII.GetBytes(BlogToken));
        var wrongSignature = Convert.ToBase64String(wrong.ComputeHash(BlogBody));

        Assert.StartsWith("pvioOXBz", wrongSignature);
        Assert.False(WebhookSignatureVerifier.Verify(BlogBody, BlogToken, wrongSignature));
    }

    [Fact]
    public void Verify_BodyChangedByOneByte_Rejected()
    {
        var tampered = BlogBody.ToArray();
        tampered[^3] = (byte)'1';

        Assert.False(WebhookSignatureVerifier.Verify(tampered, BlogToken, BlogSignature));
    }

    [Fact]
    public void Verify_ReserializedJson_Rejected()
    {
        // Pretty-printing the same JSON changes the bytes, and the signature covers the bytes.
        var reserialized = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BlogBody).Replace(",", ", ", StringComparison.Ordinal));

        Assert.False(WebhookSignatureVerifier.Verify(reserialized, BlogToken, BlogSignature));
    }

    [Fact]
    public void Verify_AnyOfSeveralTokens_Accepted()
    {
        Assert.True(WebhookSignatureVerifier.Verify(MentionBody, [BlogToken, MentionToken], MentionSignature));
        Assert.False(WebhookSignatureVerifier.Verify(MentionBody, [BlogToken], MentionSignature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAAAAAAA")]
    [InlineData("not base64 at all!")]
    [InlineData("G7Gtrh5Ee6d8erOVXhWPtUrkNJqqIT5vwLU50KhyLQ==")]
    public void Verify_MissingOrMalformedSignature_Rejected(string? signature) =>
        Assert.False(WebhookSignatureVerifier.Verify(BlogBody, BlogToken, signature));

    [Theory]
    [InlineData("")]
    [InlineData("not-base64!")]
    public void IsValidToken_NotBase64_False(string token)
    {
        Assert.False(WebhookSignatureVerifier.IsValidToken(token));
        Assert.Throws<ArgumentException>(() => WebhookSignatureVerifier.ComputeSignature(BlogBody, token));
    }
}
