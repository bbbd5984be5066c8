using Microsoft.ML.Data;

namespace ChatworkGuard.Training;

/// <summary>
/// Naive-Bayes feature scaling (Wang and Manning, "Baselines and Bigrams", 2012): each feature is multiplied by the log
/// ratio of how often it appears in the head's positives and in its negatives before the logistic regression is
/// fitted, so regularisation weighs least on the features that tell the classes apart. The scale folds into the
/// exported weights (weight × ratio), so the run-time scorer is unchanged.
/// </summary>
internal static class NaiveBayesScaling
{
    /// <summary>The log-count ratio of every feature, counting each feature once per message, smoothed by <paramref name="alpha"/>.</summary>
    public static float[] Ratios(IReadOnlyList<VBuffer<float>> vectors, IReadOnlyList<bool> labels, int dimension, float alpha)
    {
        var positive = new double[dimension];
        var negative = new double[dimension];
        for (var i = 0; i < vectors.Count; i++)
        {
            var counts = labels[i] ? positive : negative;
            foreach (var feature in vectors[i].GetIndices())
            {
                counts[feature]++;
            }
        }

        var positiveTotal = positive.Sum() + (alpha * dimension);
        var negativeTotal = negative.Sum() + (alpha * dimension);
        var ratios = new float[dimension];
        for (var f = 0; f < dimension; f++)
        {
            ratios[f] = (float)Math.Log((positive[f] + alpha) / positiveTotal / ((negative[f] + alpha) / negativeTotal));
        }

        return ratios;
    }

    /// <summary>The vectors with every value multiplied by its feature's ratio.</summary>
    public static VBuffer<float>[] Apply(IReadOnlyList<VBuffer<float>> vectors, float[] ratios)
    {
        var scaled = new VBuffer<float>[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            var indices = vectors[i].GetIndices().ToArray();
            var values = vectors[i].GetValues().ToArray();
            for (var k = 0; k < values.Length; k++)
            {
                values[k] *= ratios[indices[k]];
            }

            scaled[i] = new VBuffer<float>(vectors[i].Length, indices.Length, values, indices);
        }

        return scaled;
    }
}
