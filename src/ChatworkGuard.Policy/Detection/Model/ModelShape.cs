namespace ChatworkGuard.Policy.Detection.Model;

/// <summary>
/// How text becomes features: character n-grams of the normalised text hashed into <c>2^HashBits</c> slots,
/// followed by two slots per known rule (fired, and matched but cancelled by an exception) and one per vocabulary
/// list (one of its words appeared).
/// </summary>
/// <param name="HashBits">The n-gram slots are <c>2^HashBits</c>.</param>
/// <param name="MinN">Shortest n-gram, in characters.</param>
/// <param name="MaxN">Longest n-gram, in characters.</param>
/// <param name="WindowSentences">
/// When above zero, a message also scores as each run of this many sentences, and its score is the highest of
/// them: a lure buried in a long business message is then not diluted by the paragraphs around it.
/// </param>
/// <param name="RuleIds">The rules whose outcomes are features, in slot order.</param>
/// <param name="VocabularyIds">The vocabulary lists whose hits are features, in slot order.</param>
/// <param name="WordN">
/// Word features (<see cref="WordTokens"/>) in the same hashed slots: 0 none, 1 single words, 2 also pairs of
/// neighbouring words.
/// </param>
internal sealed record ModelShape(int HashBits, int MinN, int MaxN, int WindowSentences, IReadOnlyList<string> RuleIds, IReadOnlyList<string> VocabularyIds, int WordN = 0)
{
    public int NgramSlots => 1 << HashBits;

    public int Dimension => NgramSlots + (2 * RuleIds.Count) + VocabularyIds.Count;

    /// <summary>The slot of vocabulary list <paramref name="vocabularySlot"/>.</summary>
    public int VocabularyFeature(int vocabularySlot) => NgramSlots + (2 * RuleIds.Count) + vocabularySlot;

    /// <summary>The slot of rule <paramref name="ruleSlot"/>'s outcome.</summary>
    public int RuleFeature(int ruleSlot, RuleOutcome outcome) =>
        NgramSlots + (2 * ruleSlot) + (outcome == RuleOutcome.Fired ? 0 : 1);
}
