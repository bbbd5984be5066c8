namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// The model's optional sixth head, trained on "any warning category" (four times the positives of one category). It
/// gates the per-category verdicts as a whole: below its veto no warning stands (the message reads innocent as a
/// whole, whatever one category's words suggested); at or above its threshold a message that no category caught warns
/// with the category the model rates highest. Threshold and veto are chosen on held-out folds like the categories'.
/// </summary>
internal static class AnyLureHead
{
    /// <summary>The head's name in the model file, after the categories.</summary>
    public const string Name = "any-lure";

    /// <summary>
    /// Applies the head's verdict to the model's category <paramref name="mask"/>; <paramref name="ruleWarnings"/> are the
    /// warning categories the rules found that survive the categories' own vetoes. Adds every warning category to
    /// <paramref name="vetoMask"/> when the head vetoes and <paramref name="vetoRules"/> allows overruling rules.
    /// </summary>
    public static int Gate(CategoryModel head, float score, ReadOnlySpan<float> probabilities, ReadOnlySpan<int> bestSentence, int ruleWarnings, int mask, bool vetoRules, ref int vetoMask)
    {
        var probability = head.Probability(score);
        if (probability < head.Veto)
        {
            vetoMask |= vetoRules ? Categories.WarningMask : 0;
            return mask & ~Categories.WarningMask;
        }

        if (probability < head.Threshold || ((ruleWarnings | mask) & Categories.WarningMask) != 0)
        {
            return mask;
        }

        var best = -1;
        for (var c = 0; c < probabilities.Length; c++)
        {
            if (!Categories.IsSignal(c) && bestSentence[c] >= 0 && (best < 0 || probabilities[c] > probabilities[best]))
            {
                best = c;
            }
        }

        return best < 0 ? mask : mask | (1 << best);
    }
}
