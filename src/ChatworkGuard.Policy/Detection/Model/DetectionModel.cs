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
        AnyLureIndex = AnyLureIndexOf(categories);
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

    /// <summary>A model from its rows as a model file stores them: <paramref name="rowOf"/> maps each feature to its row in
    /// <paramref name="rows"/> (-1: no weight), each row the heads' weights side by side.</summary>
    public DetectionModel(ModelShape shape, IReadOnlyList<CategoryModel> categories, int[] rowOf, float[] rows)
    {
        if (rowOf.Length != shape.Dimension || rows.Length % Math.Max(1, categories.Count) != 0
            || rowOf.Any(row => row < NoRow || (long)(row + 1) * categories.Count > rows.Length))
        {
            throw new ArgumentException("The feature-to-row table does not fit the shape and the rows.", nameof(rowOf));
        }

        Shape = shape;
        Categories = categories;
        AnyLureIndex = AnyLureIndexOf(categories);
        _rowOf = rowOf;
        _rows = rows;
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
