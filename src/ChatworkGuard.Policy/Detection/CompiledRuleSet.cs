namespace ChatworkGuard.Policy.Detection;

/// <summary>Everything the detector needs at run time, immutable and shared by all threads.</summary>
internal sealed class CompiledRuleSet
{
    public required TermAutomaton Automaton { get; init; }

    /// <summary>Edge flags of the automaton's terms (ids 0..n-1); detector and pattern pseudo-terms follow them.</summary>
    public required TermFlags[] TermFlags { get; init; }

    public required int TermCount { get; init; }

    public required int SetCount { get; init; }

    /// <summary>The sets term t belongs to are TermSets[TermSetStart[t]..TermSetStart[t + 1]].</summary>
    public required int[] TermSetStart { get; init; }

    public required int[] TermSets { get; init; }

    /// <summary>Bit (set * WordsPerSet * 64 + term): term belongs to set.</summary>
    public required ulong[] Membership { get; init; }

    public required int WordsPerSet { get; init; }

    public required CompiledRule[] Rules { get; init; }

    /// <summary>Rules[i].AnchorSet, flat, so the per-message rule filter reads one array instead of every rule object.</summary>
    public required int[] AnchorSets { get; init; }

    /// <summary>The pseudo-term id of each built-in detector, at the detector's value; -1 where no rule uses it.</summary>
    public required int[] DetectorTerms { get; init; }

    public required FrozenSet<string> EmailProviders { get; init; }

    /// <summary>Each built-in vocabulary list (<c>@pay-method</c>, <c>@negation</c> …) as a set, in name order: model features.</summary>
    public required IReadOnlyList<(string Name, int Set)> VocabularySets { get; init; }

    /// <summary>Whether any rule has regex patterns; computed once so the hot path does not ask per message.</summary>
    public required bool HasPatterns { get; init; }

    public bool InSet(int set, int term) =>
        (Membership[(set * WordsPerSet) + (term >> 6)] & (1UL << (term & 63))) != 0;

    public int DetectorTerm(TokenDetector detector) => DetectorTerms[(int)detector];
}
