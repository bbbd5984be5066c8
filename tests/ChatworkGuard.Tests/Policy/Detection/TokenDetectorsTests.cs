using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>The built-in detectors, through one-term rules so each can be observed alone.</summary>
public sealed class TokenDetectorsTests
{
    [Theory]
    [InlineData("#email", "write to a.b-c@mail.example.co.jp please", "a.b-c@mail.example.co.jp")]
    [InlineData("#freemail", "sato@gmail.com です", "sato@gmail.com")]
    [InlineData("#freemail", "x.y@docomo.ne.jp", "x.y@docomo.ne.jp")]
    [InlineData("#handle", "username: @koji_ux ping me", "@koji_ux")]
    [InlineData("#phone", "TEL 090-1234-5678", "090-1234-5678")]
    [InlineData("#phone", "call +81 90 1234 5678 now", "+81 90 1234 5678")]
    [InlineData("#account-number", "普通 1234567 ヤマダ", "1234567")]
    [InlineData("#amount", "残り$300です", "$300")]
    [InlineData("#amount", "5,000円でお願いします", "5,000円")]
    public void Detector_FindsItsToken(string detector, string body, string excerpt)
    {
        var finding = Assert.Single(Only(detector).Detect(body).Findings);

        Assert.Equal(excerpt, finding.Excerpt);
    }

    [Theory]
    [InlineData("#freemail", "sato@example.com")]
    [InlineData("#email", "meet (at) noon")]
    [InlineData("#handle", "sato@gmail.com")]
    [InlineData("#phone", "2024-01-15")]
    [InlineData("#phone", "order 1234567890123456")]
    [InlineData("#account-number", "090-1234-5678")]
    [InlineData("#amount", "version 2 of 3")]
    public void Detector_IgnoresLookAlikes(string detector, string body) =>
        Assert.Empty(Only(detector).Detect(body).Findings);

    private static Detector Only(string detector) => Detector.Create(new DetectionOptions
    {
        DisabledRules = [.. DefaultDetector.Instance.RuleIds],
        Rules = [new RuleOptions { Id = "only", Category = "off-platform-contact", Terms = [detector], Negation = false, RuleQuoting = false }],
        Model = { Enabled = false },
    });
}
