using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

/// <summary>The any-lure head gates the categories' verdict: a veto silences built-in rules and the model's categories,
/// a sure head adds the category the model rates highest, and a model without one behaves as before.</summary>
public sealed class AnyLureHeadTests
{
    private const string LineLure = "LINEで連絡しましょう、IDを教えてください";

    private static Detector With(DetectionModel model, bool vetoRules = true) =>
        Detector.CreateWithModel(new DetectionOptions { Model = { VetoRules = vetoRules } }, model);

    [Fact]
    public void Detect_HeadSureTheMessageIsInnocent_DropsTheBuiltInRulesWarning()
    {
        var categoriesOnly = TestModels.Triggered((DetectionCategory.OffPlatformContact, "line"));
        Assert.Contains(DetectionCategory.OffPlatformContact, With(categoriesOnly).Detect(LineLure).Categories);

        // The head fires only on a word this message lacks, so it is sure the message is innocent.
        var gated = TestModels.WithAnyLure(categoriesOnly, "qzxwv");

        Assert.Empty(With(gated).Detect(LineLure).Categories);
        Assert.Contains(DetectionCategory.OffPlatformContact, With(gated, vetoRules: false).Detect(LineLure).Categories);
    }

    [Fact]
    public void Detect_HeadSureOfALureNoCategoryCaught_WarnsWithTheCategoryRatedHighest()
    {
        // Escrow-bypass leans towards the trigger but stays under its threshold; the head is sure.
        var weak = TestModels.Triggered(1.2f, (DetectionCategory.EscrowBypass, "qzxwv"));
        Assert.Empty(With(weak).Detect("お世話になっております。qzxwvでお願いします。").Categories);

        var result = With(TestModels.WithAnyLure(weak, "qzxwv")).Detect("お世話になっております。qzxwvでお願いします。");

        Assert.Equal([DetectionCategory.EscrowBypass], result.Categories);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(Detector.ModelRulePrefix + DetectionCategory.EscrowBypass, finding.RuleId);
        Assert.Equal("qzxwvでお願いします。", finding.Excerpt);
    }

    [Fact]
    public void Detect_HeadUndecided_LeavesTheCategoriesVerdict()
    {
        // Neither the head's trigger nor a category's: probability between veto and threshold is impossible with
        // these weights, so use a category trigger that the head also has: the head is sure, the category fired.
        var model = TestModels.WithAnyLure(TestModels.Triggered((DetectionCategory.DirectPayment, "zzpay")), "zzpay");

        var result = With(model).Detect("報酬はzzpayで送ります");

        Assert.Equal([DetectionCategory.DirectPayment], result.Categories);
        Assert.Single(result.Findings);
    }

    [Fact]
    public void Detect_HeadVetoes_KeepsTheWorkStartSignal()
    {
        var model = TestModels.WithAnyLure(TestModels.Triggered((DetectionCategory.WorkStart, "jjkkv"), (DetectionCategory.EscrowBypass, "jjkkv")), "qzxwv");

        var result = With(model).Detect("jjkkv");

        Assert.Empty(result.Categories);
        Assert.Equal([DetectionCategory.WorkStart], result.Signals);
    }

    [Fact]
    public void ModelFile_WithTheHead_RoundTripsAndAWrongHeadNameIsRefused()
    {
        var model = TestModels.WithAnyLure(TestModels.Triggered((DetectionCategory.EscrowBypass, "qzxwv")), "qzxwv");
        using var stream = new MemoryStream();
        ModelFile.Write(stream, model);
        stream.Position = 0;

        var read = ModelFile.Read(stream, "test");

        Assert.Equal(model.Categories.Count - 1, read.AnyLureIndex);
        Assert.Equal(model.DenseWeights(), read.DenseWeights());
        var wrong = TestModels.WithAnyLure(TestModels.Triggered((DetectionCategory.EscrowBypass, "qzxwv")), "qzxwv", name: "surprise");
        var error = Assert.Throws<DetectionModelException>(() => With(wrong));
        Assert.Contains("surprise", error.Message, StringComparison.Ordinal);
    }
}
