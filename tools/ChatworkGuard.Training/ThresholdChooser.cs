namespace ChatworkGuard.Training;

/// <summary>Chooses a category's threshold on the validation split: the one that maximises F1 of rules-or-model.</summary>
internal static class ThresholdChooser
{
    /// <summary>
    /// Tries every distinct validation probability as a threshold; on a tie the higher threshold wins (fewer
    /// warnings for the same F1). <paramref name="ruleFired"/> are the rules' own verdicts, which the model adds to.
    /// </summary>
    public static (float Threshold, Confusion Combined) Choose(IReadOnlyList<float> probabilities, IReadOnlyList<bool> ruleFired, IReadOnlyList<bool> actual)
    {
        var candidates = probabilities.Append(1.01f).Distinct().Order().ToArray();
        var best = (Threshold: 1.01f, Combined: Combine(probabilities, ruleFired, actual, 1.01f));
        foreach (var threshold in candidates)
        {
            var combined = Combine(probabilities, ruleFired, actual, threshold);
            if (combined.F1 >= best.Combined.F1)
            {
                best = (threshold, combined);
            }
        }

        // Halfway to the next lower probability, so a message scoring just under the chosen one is not a coin toss.
        var below = candidates.Where(p => p < best.Threshold).DefaultIfEmpty(0f).Max();
        return (Math.Min(1f, (best.Threshold + below) / 2), best.Combined);
    }

    public static Confusion Combine(IReadOnlyList<float> probabilities, IReadOnlyList<bool> ruleFired, IReadOnlyList<bool> actual, float threshold) =>
        Confusion.Of(actual, [.. probabilities.Select((p, i) => ruleFired[i] || p >= threshold)]);
}
