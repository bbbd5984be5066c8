using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection.Model;

namespace ChatworkGuard.Tests.Policy.Detection.Model;

/// <summary>The model keeps rows only for the features that have a weight; every way of reading it agrees with the
/// dense matrix it was built from.</summary>
public sealed class DetectionModelTests
{
    [Fact]
    public void Rows_OnlyWeightedFeatures_AndEveryWeightReadsBackAsTheDenseMatrixHadIt()
    {
        var model = TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv"), (DetectionCategory.WorkStart, "jjkkv"));
        var dense = model.DenseWeights();
        var heads = model.Categories.Count;

        var weighted = model.WeightedFeatures.ToList();

        Assert.Equal(TestModels.NgramFeatures("qzxwv").Union(TestModels.NgramFeatures("jjkkv")).Order(), weighted);
        for (var f = 0; f < model.Shape.Dimension; f++)
        {
            var row = model.Row(f);
            Assert.Equal(weighted.Contains(f) ? heads : 0, row.Length);
            for (var c = 0; c < heads; c++)
            {
                Assert.Equal(dense[(f * heads) + c], model.Weight(f, c));
            }
        }

        var rebuilt = new DetectionModel(model.Shape, model.Categories, dense);
        Assert.Equal(dense, rebuilt.DenseWeights());
    }

    [Fact]
    public void Constructor_IndexWithMoreRowsThanGiven_IsRefused()
    {
        var model = TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv"));
        var index = FeatureRowIndex.FromSorted(model.Shape.Dimension, [3, 7]);

        Assert.Throws<ArgumentException>(() => new DetectionModel(model.Shape, model.Categories, index, new float[model.Categories.Count]));
    }

    [Fact]
    public void FeatureRowIndex_RowIsTheRankAmongWeightedFeatures_AcrossWordBoundaries()
    {
        int[] features = [0, 5, 63, 64, 130, 1000, 4095];
        var index = FeatureRowIndex.FromSorted(4100, features);

        Assert.Equal(features.Length, index.Count);
        for (var f = 0; f < 4100; f++)
        {
            Assert.Equal(Array.IndexOf(features, f), index.RowOf(f));
        }
    }

    [Theory]
    [InlineData(new[] { 5, 5 })]
    [InlineData(new[] { 9, 4 })]
    [InlineData(new[] { 4100 })]
    public void FeatureRowIndex_RepeatedUnorderedOrOutsideFeatures_AreRefused(int[] features) =>
        Assert.Throws<ArgumentException>(() => FeatureRowIndex.FromSorted(4100, features));
}
