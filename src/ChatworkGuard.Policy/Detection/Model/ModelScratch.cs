namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>Per-thread working memory for scoring one message, grown as needed and reused.</summary>
internal sealed class ModelScratch
{
    /// <summary>Unscaled n-gram weight sums per sentence and category, at <c>sentence × categories + category</c>.</summary>
    public float[] SentenceSums { get; private set; } = new float[64 * 8];

    /// <summary>N-grams that start in each sentence.</summary>
    public int[] SentenceCounts { get; private set; } = new int[64];

    /// <summary>Each category's sum over the rule-outcome features.</summary>
    public float[] RuleSums { get; private set; } = new float[8];

    /// <summary>Rule outcomes by the model's rule slots.</summary>
    public RuleOutcome[] Outcomes { get; private set; } = new RuleOutcome[256];

    /// <summary>Vocabulary hits by the model's vocabulary slots.</summary>
    public bool[] VocabularyHits { get; private set; } = new bool[128];

    public void Reset(int sentences, int categories, int ruleSlots, int vocabularySlots)
    {
        if (VocabularyHits.Length < vocabularySlots)
        {
            VocabularyHits = new bool[vocabularySlots];
        }

        VocabularyHits.AsSpan(0, vocabularySlots).Clear();
        if (SentenceCounts.Length < sentences)
        {
            SentenceCounts = new int[Math.Max(sentences, SentenceCounts.Length * 2)];
        }

        if (SentenceSums.Length < sentences * categories)
        {
            SentenceSums = new float[SentenceCounts.Length * categories];
        }

        if (RuleSums.Length < categories)
        {
            RuleSums = new float[categories];
        }

        if (Outcomes.Length < ruleSlots)
        {
            Outcomes = new RuleOutcome[ruleSlots];
        }

        SentenceCounts.AsSpan(0, sentences).Clear();
        SentenceSums.AsSpan(0, sentences * categories).Clear();
        RuleSums.AsSpan(0, categories).Clear();
        Outcomes.AsSpan(0, ruleSlots).Clear();
    }
}
