namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// The learned second opinion: one logistic model per category (and optionally one for any lure, <see cref="AnyLureHead"/>)
/// over <see cref="ModelFeatures"/>. L1 regularisation leaves most of the 2^18 hashed features without a weight, so only
/// the features that have one keep a row (all heads' weights side by side), found through a <see cref="FeatureRowIndex"/>:
/// 36 KB for the index and 2.4 MB of rows for model 7's 100,000 weighted features, where a dense matrix takes 6 MB.
/// </summary>
internal sealed class DetectionModel
{
    private const int NoRow = -1;

    private readonly FeatureRowIndex _index;
    private readonly float[] _rows;

    /// <summary>A model from dense weights, feature × category interleaved (weight of feature f for category c at
    /// <c>f × categories.Count + c</c>), as the trainer fits them.</summary>
    public DetectionModel(ModelShape shape, IReadOnlyList<CategoryModel> categories, float[] weights)
    {
        var heads = categories.Count;
        if (weights.Length != shape.Dimension * heads)
        {
            throw new ArgumentException($"Expected {shape.Dimension * heads} weights, got {weights.Length}.", nameof(weights));
        }

        Shape = shape;
        Categories = categories;
        AnyLureIndex = AnyLureIndexOf(categories);
        var weighted = Enumerable.Range(0, shape.Dimension).Where(f => weights.AsSpan(f * heads, heads).IndexOfAnyExcept(0f) >= 0).ToList();
        _index = FeatureRowIndex.FromSorted(shape.Dimension, weighted);
        _rows = new float[weighted.Count * heads];
        for (var row = 0; row < weighted.Count; row++)
        {
            weights.AsSpan(weighted[row] * heads, heads).CopyTo(_rows.AsSpan(row * heads, heads));
        }
    }

    /// <summary>A model from its rows as a model file stores them: <paramref name="index"/> says which features have a row,
    /// and <paramref name="rows"/> holds those rows in feature order, each the heads' weights side by side.</summary>
    public DetectionModel(ModelShape shape, IReadOnlyList<CategoryModel> categories, FeatureRowIndex index, float[] rows)
    {
        if (index.Dimension != shape.Dimension || rows.Length != (long)index.Count * categories.Count)
        {
            throw new ArgumentException("The feature index does not fit the shape and the rows.", nameof(index));
        }

        Shape = shape;
        Categories = categories;
        AnyLureIndex = AnyLureIndexOf(categories);
        _index = index;
        _rows = rows;
    }

    public ModelShape Shape { get; }

    /// <summary>In the order of <see cref="Detection.Categories.Names"/>, then the <see cref="AnyLureHead"/> if the model has one.</summary>
    public IReadOnlyList<CategoryModel> Categories { get; }

    /// <summary>The index of the <see cref="AnyLureHead"/> in <see cref="Categories"/>; -1 for a model without one.</summary>
    public int AnyLureIndex { get; }

    /// <summary>The features that have a weight for some head, in feature order.</summary>
    public IEnumerable<int> WeightedFeatures => Enumerable.Range(0, Shape.Dimension).Where(_index.Contains);

    /// <summary>The weight of <paramref name="feature"/> for head <paramref name="category"/> (0 for a feature without a row).</summary>
    public float Weight(int feature, int category) =>
        _index.RowOf(feature) is var row and not NoRow ? _rows[(row * Categories.Count) + category] : 0f;

    /// <summary>The heads' weights of <paramref name="feature"/>, side by side; empty when it has none.</summary>
    public ReadOnlySpan<float> Row(int feature) =>
        _index.RowOf(feature) is var row and not NoRow ? _rows.AsSpan(row * Categories.Count, Categories.Count) : [];

    private static int AnyLureIndexOf(IReadOnlyList<CategoryModel> categories) =>
        categories.Count > Detection.Categories.Names.Length && categories[^1].Name == AnyLureHead.Name ? categories.Count - 1 : -1;

    /// <summary>The dense interleaved weights again (for tests and tools; the scorer never builds them).</summary>
    public float[] DenseWeights()
    {
        var heads = Categories.Count;
        var dense = new float[Shape.Dimension * heads];
        foreach (var feature in WeightedFeatures)
        {
            Row(feature).CopyTo(dense.AsSpan(feature * heads, heads));
        }

        return dense;
    }
}
