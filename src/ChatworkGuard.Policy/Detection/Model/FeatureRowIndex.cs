using System.Numerics;

namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// Which hashed features have a row of weights, and which row: one bit per feature and, per 64 features, how many
/// bits come before them, so a feature's row is its rank among the weighted features. 36 KB for 2^18 features, where a
/// table of one row number per feature took 1 MB; rows are therefore stored in feature order.
/// </summary>
internal sealed class FeatureRowIndex
{
    private readonly ulong[] _bits;
    private readonly int[] _rankBefore;

    private FeatureRowIndex(int dimension, ulong[] bits)
    {
        Dimension = dimension;
        _bits = bits;
        _rankBefore = new int[bits.Length];
        var rank = 0;
        for (var word = 0; word < bits.Length; word++)
        {
            _rankBefore[word] = rank;
            rank += BitOperations.PopCount(bits[word]);
        }

        Count = rank;
    }

    /// <summary>How many features have a row.</summary>
    public int Count { get; }

    /// <summary>How many features the index covers.</summary>
    public int Dimension { get; }

    /// <summary>
    /// The index of <paramref name="features"/>, which must be strictly increasing and below <paramref name="dimension"/>;
    /// throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static FeatureRowIndex FromSorted(int dimension, IEnumerable<int> features)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        var bits = new ulong[(dimension + 63) / 64];
        var previous = -1;
        foreach (var feature in features)
        {
            if (feature <= previous || feature >= dimension)
            {
                throw new ArgumentException($"Feature {feature} is out of order, repeated or outside the {dimension} features.", nameof(features));
            }

            bits[feature >> 6] |= 1UL << (feature & 63);
            previous = feature;
        }

        return new FeatureRowIndex(dimension, bits);
    }

    /// <summary>The row of <paramref name="feature"/> (below <see cref="Dimension"/>), or -1 when it has no weight.</summary>
    public int RowOf(int feature)
    {
        var word = _bits[feature >> 6];
        var bit = 1UL << (feature & 63);
        return (word & bit) == 0 ? -1 : _rankBefore[feature >> 6] + BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>Whether <paramref name="feature"/> (below <see cref="Dimension"/>) has a row.</summary>
    public bool Contains(int feature) => (_bits[feature >> 6] & (1UL << (feature & 63))) != 0;
}
