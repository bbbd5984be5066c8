namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// The learned second opinion: one logistic model per category (and optionally one for any lure, <see cref="AnyLureHead"/>) over <see cref="ModelFeatures"/>. Weights are kept
/// interleaved (feature × category), so one feature's weights for every category share a cache line.
/// </summary>
internal sealed class DetectionModel
{
    public DetectionModel(ModelShape shape, IReadOnlyList<CategoryModel> categories, float[] weights)
    {
        if (weights.Length != shape.Dimension * categories.Count)
        {
            throw new ArgumentException($"Expected {shape.Dimension * categories.Count} weights, got {weights.Length}.", nameof(weights));
        }

        Shape = shape;
        Categories = categories;
        Weights = weights;
        AnyLureIndex = categories.Count > Detection.Categories.Names.Length && categories[^1].Name == AnyLureHead.Name ? categories.Count - 1 : -1;
    }

    public ModelShape Shape { get; }

    /// <summary>In the order of <see cref="Detection.Categories.Names"/>, then the <see cref="AnyLureHead"/> if the model has one.</summary>
    public IReadOnlyList<CategoryModel> Categories { get; }

    /// <summary>The index of the <see cref="AnyLureHead"/> in <see cref="Categories"/>; -1 for a model without one.</summary>
    public int AnyLureIndex { get; }

    /// <summary>Weight of feature f for category c at <c>f × Categories.Count + c</c>.</summary>
    public float[] Weights { get; }

    public float Weight(int feature, int category) => Weights[(feature * Categories.Count) + category];
}
