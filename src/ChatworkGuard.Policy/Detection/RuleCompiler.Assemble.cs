namespace ChatworkGuard.Policy.Detection;

/// <summary>Term and set bookkeeping, and the final flat arrays.</summary>
internal sealed partial class RuleCompiler
{
    // Pseudo-terms (detectors, patterns) are numbered after all text terms once those are known, so keep them apart.
    private const int PseudoBase = 1 << 24;

    private int AddPseudoTerm(string kind, string key)
    {
        var name = kind + ":" + key;
        if (!_detectorKeys.TryGetValue(name, out var id))
        {
            id = PseudoBase + _pseudoTerms.Count;
            _pseudoTerms.Add((kind, key));
            _detectorKeys[name] = id;
        }

        return id;
    }

    private int AddTextTerm(TermSpec spec)
    {
        if (!_textTerms.TryGetValue((spec.Text, spec.Flags), out var id))
        {
            id = _termTexts.Count;
            _termTexts.Add(spec.Text);
            _termFlags.Add(spec.Flags);
            _textTerms[(spec.Text, spec.Flags)] = id;
        }

        return id;
    }

    private int AddSet(List<TermSpec> specs, int extraTerm)
    {
        var ids = new SortedSet<int>();
        foreach (var spec in specs)
        {
            ids.Add(spec.Detector is { } detector ? AddPseudoTerm("detector", TokenDetectorNames.NameOf(detector)) : AddTextTerm(spec));
        }

        if (extraTerm >= 0)
        {
            ids.Add(extraTerm);
        }

        var key = string.Join(',', ids);
        if (!_setKeys.TryGetValue(key, out var set))
        {
            set = _sets.Count;
            _sets.Add([.. ids]);
            _setKeys[key] = set;
        }

        return set;
    }

    private CompiledRuleSet Assemble(CompiledRule[] rules, IReadOnlyList<(string Name, int Set)> vocabulary)
    {
        var textCount = _termTexts.Count;
        var termCount = textCount + _pseudoTerms.Count;
        int Resolve(int id) => id >= PseudoBase ? textCount + (id - PseudoBase) : id;

        var wordsPerSet = Math.Max(1, (termCount + 63) / 64);
        var membership = new ulong[_sets.Count * wordsPerSet];
        var perTerm = new List<int>[termCount];
        for (var set = 0; set < _sets.Count; set++)
        {
            foreach (var raw in _sets[set])
            {
                var term = Resolve(raw);
                membership[(set * wordsPerSet) + (term >> 6)] |= 1UL << (term & 63);
                (perTerm[term] ??= []).Add(set);
            }
        }

        var termSetStart = new int[termCount + 1];
        var termSets = new List<int>();
        for (var term = 0; term < termCount; term++)
        {
            termSetStart[term] = termSets.Count;
            termSets.AddRange(perTerm[term] ?? []);
        }

        termSetStart[termCount] = termSets.Count;
        var detectors = Enum.GetValues<TokenDetector>()
            .Select(d => _pseudoTerms.IndexOf(("detector", TokenDetectorNames.NameOf(d))))
            .Select(i => i < 0 ? -1 : textCount + i)
            .ToArray();
        var resolvedRules = rules.Select(r => r.PatternTerm < 0 ? r : r with { PatternTerm = Resolve(r.PatternTerm) }).ToArray();

        return new CompiledRuleSet
        {
            Automaton = new TermAutomaton(_termTexts),
            TermFlags = [.. _termFlags],
            TermCount = termCount,
            SetCount = _sets.Count,
            TermSetStart = termSetStart,
            TermSets = [.. termSets],
            Membership = membership,
            WordsPerSet = wordsPerSet,
            Rules = resolvedRules,
            AnchorSets = [.. resolvedRules.Select(r => r.AnchorSet)],
            HasPatterns = resolvedRules.Any(r => r.Patterns.Length > 0),
            VocabularySets = vocabulary,
            DetectorTerms = detectors,
            EmailProviders = _builtIn.EmailProviders.Select(d => d.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
        };
    }
}
