using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>A pattern that backtracks past its time limit is reported, not silently treated as "no match".</summary>
public sealed class DetectorTimeoutTests
{
    // Nested quantifiers on input without the final "b": exponential backtracking, well past the 50 ms limit.
    private static readonly Detector Slow = Detector.Create(new DetectionOptions
    {
        Rules =
        [
            new RuleOptions { Id = "team.slow", Category = "direct-payment", Patterns = ["(a+)+b"] },
            new RuleOptions { Id = "team.fast", Category = "off-platform-contact", Terms = ["zzfast"] },
        ],
    });

    private static readonly string Pathological = new string('a', 40) + " zzfast";

    [Fact]
    public void Detect_PatternTimesOut_NamesTheRuleAndTheOtherRulesStillFire()
    {
        var result = Slow.Detect(Pathological);

        Assert.Equal(["team.slow"], result.TimedOutRuleIds);
        Assert.Contains("team.fast", result.RuleIds);
    }

    [Fact]
    public void Detect_NoTimeout_ReportsNone()
    {
        var result = Slow.Detect("aab zzfast");

        Assert.Empty(result.TimedOutRuleIds);
        Assert.Contains("team.slow", result.RuleIds);
    }
}
