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
    public void Constructor_RowTableThatPointsPastTheRows_IsRefused()
    {
        var model = TestModels.Triggered((DetectionCategory.DirectPayment, "qzxwv"));
        var rowOf = Enumerable.Repeat(-1, model.Shape.Dimension).ToArray();
        rowOf[3] = 1;

        Assert.Throws<ArgumentException>(() => new DetectionModel(model.Shape, model.Categories, rowOf, new float[model.Categories.Count]));
    }
}
