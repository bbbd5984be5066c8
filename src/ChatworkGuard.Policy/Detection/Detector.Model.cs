namespace ChatworkGuard.Policy.Detection;

/// <summary>The learned second opinion: where the model is sure enough and the rules found nothing of that category.</summary>
public sealed partial class Detector
{
    /// <summary>The rule-id prefix of the model's findings: <c>model:escrow-bypass</c>.</summary>
    public const string ModelRulePrefix = "model:";

    private readonly BoundModel? _model;

    /// <summary>True when the learned model runs beside the rules (<c>Detection:Model:Enabled</c>).</summary>
    public bool HasModel => _model is not null;

    /// <summary>The probability at or above which the model reports each category (empty without a model).</summary>
    public IReadOnlyDictionary<string, double> ModelThresholds =>
        _model is null
            ? new Dictionary<string, double>()
            : Categories.Names.Select((name, c) => (name, c)).ToDictionary(x => x.name, x => (double)_model.Thresholds[x.c]);

    /// <summary>
    /// Detects as <see cref="Detect(string?)"/> does and also returns the model's probability per category
    /// (empty without a model), for evaluation and for showing why a message was flagged.
    /// </summary>
    public DetectionScores Score(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return new DetectionScores(DetectionResult.Empty, new Dictionary<string, double>(), []);
        }

        Span<float> probabilities = stackalloc float[Categories.Names.Length];
        probabilities.Fill(float.NaN);
        var scratch = DetectionScratch.Rent();
        try
        {
            Prepare(scratch, body);
            var cancelled = new List<string>();
            var result = Evaluate(scratch, probabilities, cancelled);
            var map = new Dictionary<string, double>();
            for (var c = 0; c < Categories.Names.Length && _model is not null; c++)
            {
                map[Categories.Names[c]] = probabilities[c];
            }

            return new DetectionScores(result, map, cancelled);
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }

    /// <summary>The same rules and exemptions without the model: what the rules alone say, for comparison.</summary>
    public Detector WithoutModel() => _model is null ? this : new Detector(_rules, _options, model: null);

    private static BoundModel BindModel(DetectionModel model, DetectionModelOptions options, CompiledRuleSet ruleSet)
    {
        var rules = ruleSet.Rules;
        var heads = model.Categories.Select(c => c.Name).ToList();
        if (!heads.SequenceEqual(Categories.Names) && !heads.SequenceEqual([.. Categories.Names, AnyLureHead.Name]))
        {
            throw new DetectionModelException($"The detection model's categories ({string.Join(", ", heads)}) do not match this detector's ({string.Join(", ", Categories.Names)}, optionally {AnyLureHead.Name}); retrain it.");
        }

        var thresholds = model.Categories.Select(c => c.Threshold).ToArray();
        foreach (var (name, value) in options.Thresholds)
        {
            var index = Categories.IndexOf(name);
            if (index >= 0)
            {
                thresholds[index] = (float)value;
            }
        }

        var slots = model.Shape.RuleIds.Select((id, slot) => (id, slot)).ToDictionary(x => x.id, x => x.slot, StringComparer.Ordinal);
        var ruleSlots = rules.Select(r => slots.TryGetValue(r.Id, out var slot) ? slot : -1).ToArray();
        var vocabularySets = model.Shape.VocabularyIds.Select(name => VocabularySet(ruleSet, name)).ToArray();
        return new BoundModel(model, thresholds, ruleSlots, vocabularySets, options.VetoRules);
    }

    /// <summary>
    /// Scores the message; returns the categories at or above their thresholds as a bit mask, and in
    /// <paramref name="vetoMask"/> those below their veto (built-in rules of those categories are dropped). A model
    /// with an <see cref="AnyLureHead"/> then gates the lot, given the rules' <paramref name="ruleWarnings"/>.
    /// </summary>
    private int ScoreModel(DetectionScratch scratch, ReadOnlySpan<RuleOutcome> outcomes, int ruleWarnings, Span<float> probabilities, Span<int> bestSentence, out int vetoMask)
    {
        var bound = _model!;
        var model = bound.Model;
        LoadModelScratch(bound, scratch, outcomes);
        Span<float> scores = stackalloc float[model.Categories.Count];
        ModelScorer.Score(model, scratch.Buffer, scratch.Model, scores, bestSentence);
        Span<float> local = stackalloc float[Categories.Names.Length];
        var mask = 0;
        vetoMask = 0;
        for (var c = 0; c < local.Length; c++)
        {
            var probability = model.Categories[c].Probability(scores[c]);
            local[c] = probability;
            if (!probabilities.IsEmpty)
            {
                probabilities[c] = probability;
            }

            if (bestSentence[c] >= 0 && probability >= bound.Thresholds[c])
            {
                mask |= 1 << c;
            }

            if (bound.VetoRules && probability < model.Categories[c].Veto)
            {
                vetoMask |= 1 << c;
            }
        }

        return model.AnyLureIndex < 0
            ? mask
            : AnyLureHead.Gate(model.Categories[model.AnyLureIndex], scores[model.AnyLureIndex], local, bestSentence, ruleWarnings & ~vetoMask, mask, bound.VetoRules, ref vetoMask);
    }

    /// <summary>
    /// Drops the findings of built-in rules (those the model was trained with) in vetoed categories; returns whether
    /// any finding is left. Configured team rules are the team lead's word and are never dropped.
    /// </summary>
    private bool ApplyVeto(Span<(int Start, int End)> fired, int vetoMask, ref int warningMask)
    {
        var bound = _model!;
        var any = false;
        warningMask = 0;
        for (var r = 0; r < fired.Length; r++)
        {
            var rule = _rules.Rules[r];
            if (fired[r].Start >= 0 && bound.RuleSlots[r] >= 0 && (vetoMask & (1 << rule.Category)) != 0)
            {
                fired[r] = (-1, -1);
            }

            if (fired[r].Start >= 0)
            {
                any = true;
                warningMask |= rule.IsSignal ? 0 : 1 << rule.Category;
            }
        }

        return any;
    }

    /// <summary>Numbers the sentences and hands the rules' outcomes to the model's slots.</summary>
    private static void LoadModelScratch(BoundModel bound, DetectionScratch scratch, ReadOnlySpan<RuleOutcome> outcomes)
    {
        var buffer = scratch.Buffer;
        Normalization.EnsureSentences(buffer);
        var model = bound.Model;
        scratch.Model.Reset(buffer.Length == 0 ? 0 : buffer.Sentence(buffer.Length - 1) + 1, model.Categories.Count, model.Shape.RuleIds.Count, model.Shape.VocabularyIds.Count);
        for (var r = 0; r < outcomes.Length; r++)
        {
            if (bound.RuleSlots[r] >= 0)
            {
                scratch.Model.Outcomes[bound.RuleSlots[r]] = outcomes[r];
            }
        }

        for (var v = 0; v < bound.VocabularySets.Length; v++)
        {
            scratch.Model.VocabularyHits[v] = scratch.HitCount > 0 && bound.VocabularySets[v] >= 0 && scratch.SetWasHit(bound.VocabularySets[v]);
        }
    }

    /// <summary>The model's categories that become findings: a work-start signal gives way to escrow-bypass.</summary>
    private static int ModelOnlyMask(int candidates, int allWarnings)
    {
        var signals = candidates & ~Categories.WarningMask;
        return (allWarnings & Categories.EscrowBypassBit) != 0 ? candidates & ~signals : candidates;
    }

    private static void AddModelFindings(NormalizationBuffer buffer, int mask, ReadOnlySpan<int> bestSentence, Finding[] findings, int next)
    {
        for (var c = 0; c < Categories.Names.Length; c++)
        {
            if ((mask & (1 << c)) == 0)
            {
                continue;
            }

            var (start, end) = SentenceSpan(buffer, bestSentence[c]);
            var (from, length) = buffer.ToOriginal(start, end);
            var name = Categories.Names[c];
            findings[next++] = new Finding(ModelRulePrefix + name, name, Categories.IsSignal(c), RuleSeverity.Medium, from, length, buffer.Original.Substring(from, length));
        }
    }

    /// <summary>The normalised range of sentence <paramref name="sentence"/>, without its surrounding white space.</summary>
    private static (int Start, int End) SentenceSpan(NormalizationBuffer buffer, int sentence)
    {
        int lo = 0, hi = buffer.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (buffer.Sentence(mid) < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var start = lo;
        var end = start;
        while (end < buffer.Length && buffer.Sentence(end) == sentence)
        {
            end++;
        }

        while (start < end && char.IsWhiteSpace(buffer[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(buffer[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int VocabularySet(CompiledRuleSet rules, string name)
    {
        foreach (var (list, set) in rules.VocabularySets)
        {
            if (list == name)
            {
                return set;
            }
        }

        return -1;
    }

    private sealed record BoundModel(DetectionModel Model, float[] Thresholds, int[] RuleSlots, int[] VocabularySets, bool VetoRules);
}
