namespace ChatworkGuard.Training;

/// <summary>
/// Chooses a category's threshold and veto on held-out scores: the pair that maximises the F1 of what the bot does,
/// (rule fired and probability ≥ veto) or probability ≥ threshold.
/// </summary>
internal static class ThresholdChooser
{
    private const int Steps = 100;

    /// <summary>
    /// Tries every threshold and veto on a 0.01 grid (veto ≤ threshold). On a tie the higher threshold and then the
    /// lower veto win: fewer warnings from the model and fewer rule findings overruled, for the same F1.
    /// </summary>
    public static (float Threshold, float Veto, Confusion Combined) Choose(IReadOnlyList<float> probabilities, IReadOnlyList<bool> ruleFired, IReadOnlyList<bool> actual)
    {
        var best = (Threshold: 1f, Veto: 0f, Combined: Combine(probabilities, ruleFired, actual, 1f, 0f));
        for (var t = Steps; t >= 1; t--)
        {
            for (var v = 0; v <= t; v++)
            {
                var combined = Combine(probabilities, ruleFired, actual, t / (float)Steps, v / (float)Steps);
                if (combined.F1 > best.Combined.F1)
                {
                    best = (t / (float)Steps, v / (float)Steps, combined);
                }
            }
        }

        return best;
    }

    public static Confusion Combine(IReadOnlyList<float> probabilities, IReadOnlyList<bool> ruleFired, IReadOnlyList<bool> actual, float threshold, float veto) =>
        Confusion.Of(actual, [.. probabilities.Select((p, i) => (ruleFired[i] && p >= veto) || p >= threshold)]);
}
