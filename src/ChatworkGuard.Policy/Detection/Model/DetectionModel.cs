namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// The learned second opinion: one logistic model per category (and optionally one for any lure, <see cref="AnyLureHead"/>)
/// over <see cref="ModelFeatures"/>. L1 regularisation leaves most of the 2^18 hashed features without a weight, so only
/// the features that have one keep a row (all heads' weights side by side, one cache line), found through a table from
/// feature to row: about 1 MB for the table and a few hundred KB of rows, where a dense matrix takes 6 MB.
/// </summary>
internal sealed class DetectionModel
{
    private const int NoRow = -1;

    private readonly int[] _rowOf;
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
        AnyLureIndex = heads > Detection.Categories.Names.Length && categories[^1].Name == AnyLureHead.Name ? heads - 1 : -1;
        _rowOf = new int[shape.Dimension];
        var rows = new List<float>();
        for (var f = 0; f < shape.Dimension; f++)
        {
            var row = weights.AsSpan(f * heads, heads);
            if (row.IndexOfAnyExcept(0f) < 0)
            {
                _rowOf[f] = NoRow;
                continue;
            }

            _rowOf[f] = rows.Count / heads;
            rows.AddRange(row);
        }

        _rows = [.. rows];
    }

    public ModelShape Shape { get; }

    /// <summary>In the order of <see cref="Detection.Categories.Names"/>, then the <see cref="AnyLureHead"/> if the model has one.</summary>
    public IReadOnlyList<CategoryModel> Categories { get; }

    /// <summary>The index of the <see cref="AnyLureHead"/> in <see cref="Categories"/>; -1 for a model without one.</summary>
    public int AnyLureIndex { get; }

    /// <summary>The features that have a weight for some head, in feature order.</summary>
    public IEnumerable<int> WeightedFeatures => Enumerable.Range(0, Shape.Dimension).Where(f => _rowOf[f] != NoRow);

    /// <summary>The weight of <paramref name="feature"/> for head <paramref name="category"/> (0 for a feature without a row).</summary>
    public float Weight(int feature, int category) =>
        _rowOf[feature] is var row and not NoRow ? _rows[(row * Categories.Count) + category] : 0f;

    /// <summary>The heads' weights of <paramref name="feature"/>, side by side; empty when it has none.</summary>
    public ReadOnlySpan<float> Row(int feature) =>
        _rowOf[feature] is var row and not NoRow ? _rows.AsSpan(row * Categories.Count, Categories.Count) : [];

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
