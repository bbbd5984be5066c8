using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

public sealed class DetectorModelTests
{
    private static Detector With(params (string Category, string Trigger)[] triggers) =>
        Detector.CreateWithModel(new DetectionOptions(), TestModels.Triggered(triggers));

    [Fact]
    public void Detect_ModelSureAndRulesSilent_AddsModelFindingQuotingTheBestSentence()
    {
        var detector = With((DetectionCategory.EscrowBypass, "qzxwv"));

        var result = detector.Detect("お世話になっております。  QZXWVでお願いします。\nよろしくお願いします。");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("model:escrow-bypass", finding.RuleId);
        Assert.Equal([DetectionCategory.EscrowBypass], result.Categories);
        Assert.Equal("QZXWVでお願いします。", finding.Excerpt);
    }

    [Fact]
    public void Detect_MessageWithoutTheTrigger_StaysEmpty()
    {
        var detector = With((DetectionCategory.EscrowBypass, "qzxwv"));

        Assert.Same(DetectionResult.Empty, detector.Detect("お世話になっております。よろしくお願いします。"));
    }

    [Fact]
    public void Detect_ModelWorkStartBesideEscrowBypass_KeepsOnlyTheWarning()
    {
        var detector = With((DetectionCategory.EscrowBypass, "qzxwv"), (DetectionCategory.WorkStart, "jjkkv"));

        var result = detector.Detect("qzxwv jjkkv");

        Assert.Equal([DetectionCategory.EscrowBypass], result.Categories);
        Assert.Empty(result.Signals);
    }

    [Fact]
    public void Detect_RulesFoundTheCategory_ModelAddsNoSecondFinding()
    {
        var detector = With((DetectionCategory.OffPlatformContact, "line"));

        var result = detector.Detect("LINEで連絡しましょう、IDを教えてください");

        Assert.Contains(DetectionCategory.OffPlatformContact, result.Categories);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith(Detector.ModelRulePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_ThresholdRaisedInConfiguration_ModelStaysQuiet()
    {
        var options = new DetectionOptions();
        options.Model.Thresholds[DetectionCategory.EscrowBypass] = 0.99;
        var model = TestModels.Triggered(8f, (DetectionCategory.EscrowBypass, "qzxwv"));
        var detector = Detector.CreateWithModel(options, model);
        var byDefault = Detector.CreateWithModel(new DetectionOptions(), model);

        Assert.InRange(byDefault.Score("qzxwvでお願いします").Probabilities[DetectionCategory.EscrowBypass], 0.5, 0.99);
        Assert.True(byDefault.Detect("qzxwvでお願いします").ShouldWarn);
        Assert.False(detector.Detect("qzxwvでお願いします").ShouldWarn);
        Assert.Equal(0.99, detector.ModelThresholds[DetectionCategory.EscrowBypass], 6);
    }

    [Fact]
    public void Detect_ExemptAccount_ModelFindingsAreExemptToo()
    {
        var options = new DetectionOptions { ExemptAccountIds = [42] };
        var detector = Detector.CreateWithModel(options, TestModels.Triggered((DetectionCategory.EscrowBypass, "qzxwv")));

        Assert.Same(DetectionResult.Empty, detector.Detect("qzxwvでお願いします", roomId: 1, accountId: 42));
        Assert.True(detector.Detect("qzxwvでお願いします", roomId: 1, accountId: 7).ShouldWarn);
    }

    [Fact]
    public void Score_ReportsProbabilitiesAndCancelledRules()
    {
        var detector = With((DetectionCategory.EscrowBypass, "qzxwv"));

        var scores = detector.Score("直接取引は規約違反なのでお受けできません");

        Assert.Equal(Detector.ModelCategoryNames.Count, scores.Probabilities.Count);
        Assert.All(scores.Probabilities.Values, p => Assert.InRange(p, 0, 0.5));
        Assert.NotEmpty(scores.CancelledRuleIds);
        Assert.False(scores.Result.ShouldWarn);
    }

    [Fact]
    public void WithoutModel_KeepsRulesAndDropsTheModel()
    {
        var detector = With((DetectionCategory.EscrowBypass, "qzxwv"));

        var rulesOnly = detector.WithoutModel();

        Assert.False(rulesOnly.HasModel);
        Assert.False(rulesOnly.Detect("qzxwvでお願いします").ShouldWarn);
        Assert.Equal(detector.RuleIds, rulesOnly.RuleIds);
    }

    [Fact]
    public void Create_ModelDisabled_RunsOnRulesAlone()
    {
        var detector = Detector.Create(new DetectionOptions { Model = { Enabled = false } });

        Assert.False(detector.HasModel);
        Assert.Empty(detector.ModelThresholds);
    }
}
