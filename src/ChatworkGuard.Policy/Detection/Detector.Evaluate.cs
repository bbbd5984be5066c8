namespace ChatworkGuard.Policy.Detection;

/// <summary>Stage two: rules over the hits — anchor, every context group near it, no exception near it — then the model.</summary>
public sealed partial class Detector
{
    private DetectionResult Evaluate(DetectionScratch scratch, Span<float> probabilities, List<string>? cancelledRules = null)
    {
        if (scratch.HitCount == 0 && _model is null)
        {
            return DetectionResult.Empty;
        }

        var rules = _rules.Rules;
        Span<(int Start, int End)> fired = rules.Length <= 256 ? stackalloc (int, int)[rules.Length] : new (int, int)[rules.Length];
        Span<RuleOutcome> outcomes = rules.Length <= 256 ? stackalloc RuleOutcome[rules.Length] : new RuleOutcome[rules.Length];
        var firedAny = RunRules(scratch, fired, outcomes, out var warningMask);
        for (var r = 0; cancelledRules is not null && r < rules.Length; r++)
        {
            if (outcomes[r] == RuleOutcome.Excepted)
            {
                cancelledRules.Add(rules[r].Id);
            }
        }

        Span<int> bestSentence = stackalloc int[Categories.Names.Length + 1];
        var modelMask = 0;
        if (_model is not null)
        {
            modelMask = ScoreModel(scratch, outcomes, warningMask, probabilities, bestSentence, out var vetoMask);
            firedAny = ApplyVeto(fired, vetoMask, ref warningMask);
        }

        return firedAny || modelMask != 0
            ? BuildResult(scratch.Buffer, fired, warningMask, modelMask, bestSentence)
            : DetectionResult.Empty;
    }

    /// <summary>Runs every rule; fills each one's outcome and, when it fired, its span. Returns whether any fired.</summary>
    private bool RunRules(DetectionScratch scratch, Span<(int Start, int End)> fired, Span<RuleOutcome> outcomes, out int warningMask)
    {
        var rules = _rules.Rules;
        var firedAny = false;
        warningMask = 0;
        var anchors = _rules.AnchorSets;
        for (var r = 0; r < rules.Length; r++)
        {
            fired[r] = (-1, -1);
            outcomes[r] = RuleOutcome.None;
            if (scratch.HitCount == 0 || !scratch.SetWasHit(anchors[r]))
            {
                continue;
            }

            var rule = rules[r];
            if (!ContextSetsHit(rule, scratch))
            {
                continue;
            }

            Normalization.EnsureSentences(scratch.Buffer);
            outcomes[r] = TryFire(rule, scratch, out var span);
            if (outcomes[r] == RuleOutcome.Fired)
            {
                fired[r] = span;
                firedAny = true;
                if (!rule.IsSignal)
                {
                    warningMask |= 1 << rule.Category;
                }
            }
        }

        return firedAny;
    }

    private static bool ContextSetsHit(CompiledRule rule, DetectionScratch scratch)
    {
        foreach (var condition in rule.Context)
        {
            if (!scratch.SetWasHit(condition.Set))
            {
                return false;
            }
        }

        return true;
    }

    private static RuleOutcome TryFire(CompiledRule rule, DetectionScratch scratch, out (int Start, int End) span)
    {
        var outcome = RuleOutcome.None;
        for (var entry = scratch.First(rule.AnchorSet); entry >= 0; entry = scratch.Next(entry))
        {
            var anchor = scratch.HitAt(entry);
            span = (anchor.Start, anchor.End);
            if (ContextHolds(rule, anchor, scratch, ref span))
            {
                if (!ExceptionApplies(rule, anchor, scratch))
                {
                    return RuleOutcome.Fired;
                }

                // Matched but cancelled (negation, quoting the rules, a feature): the model reads this as evidence.
                outcome = RuleOutcome.Excepted;
            }
        }

        span = default;
        return outcome;
    }

    private static bool ContextHolds(CompiledRule rule, Hit anchor, DetectionScratch scratch, ref (int Start, int End) span)
    {
        var buffer = scratch.Buffer;
        foreach (var condition in rule.Context)
        {
            var found = false;
            for (var entry = scratch.First(condition.Set); entry >= 0; entry = scratch.Next(entry))
            {
                var hit = scratch.HitAt(entry);
                var disjoint = hit.End <= anchor.Start || hit.Start >= anchor.End;
                if (disjoint && InReach(anchor, hit, condition, buffer))
                {
                    found = true;
                    if (SameSentence(anchor, hit, buffer))
                    {
                        span = (Math.Min(span.Start, hit.Start), Math.Max(span.End, hit.End));
                    }

                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ExceptionApplies(CompiledRule rule, Hit anchor, DetectionScratch scratch)
    {
        var buffer = scratch.Buffer;
        foreach (var condition in rule.Exceptions)
        {
            for (var entry = scratch.First(condition.Set); entry >= 0; entry = scratch.Next(entry))
            {
                var hit = scratch.HitAt(entry);
                // A word inside the matched term is part of it, not a separate innocent use ("cash app" is not "app").
                var inside = hit.Start >= anchor.Start && hit.End <= anchor.End;
                if (!inside && InReach(anchor, hit, condition, buffer) && !Cancelled(condition, anchor, scratch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Cancelled(CompiledCondition condition, Hit anchor, DetectionScratch scratch)
    {
        if (condition.UnlessSet < 0)
        {
            return false;
        }

        for (var entry = scratch.First(condition.UnlessSet); entry >= 0; entry = scratch.Next(entry))
        {
            if (InReach(anchor, scratch.HitAt(entry), condition, scratch.Buffer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InReach(Hit anchor, Hit hit, CompiledCondition condition, NormalizationBuffer buffer)
    {
        if ((condition.Side == ConditionSide.Before && hit.Start >= anchor.Start)
            || (condition.Side == ConditionSide.After && hit.Start <= anchor.Start))
        {
            return false;
        }

        return condition.Scope switch
        {
            ConditionScope.Message => true,
            ConditionScope.Sentence => SameSentence(anchor, hit, buffer),
            _ => Math.Max(0, Math.Max(hit.Start - anchor.End, anchor.Start - hit.End)) <= condition.Window,
        };
    }

    private static bool SameSentence(Hit a, Hit b, NormalizationBuffer buffer)
    {
        var first = buffer.Sentence(a.Start);
        var last = buffer.Sentence(a.End - 1);
        return buffer.Sentence(b.End - 1) >= first && buffer.Sentence(b.Start) <= last;
    }

    private DetectionResult BuildResult(
        NormalizationBuffer buffer, ReadOnlySpan<(int Start, int End)> fired, int warningMask, int modelMask, ReadOnlySpan<int> bestSentence)
    {
        // The model's warnings suppress signals as the rules' do (work-start gives way to escrow-bypass).
        var allWarnings = warningMask | (modelMask & Categories.WarningMask);
        var ruleMask = 0;
        var count = 0;
        for (var r = 0; r < fired.Length; r++)
        {
            if (fired[r].Start >= 0 && (_rules.Rules[r].SuppressedByMask & allWarnings) == 0)
            {
                count++;
                ruleMask |= 1 << _rules.Rules[r].Category;
            }
        }

        var modelOnly = ModelOnlyMask(modelMask & ~ruleMask, allWarnings);
        count += int.PopCount(modelOnly);
        if (count == 0)
        {
            return DetectionResult.Empty;
        }

        var findings = new Finding[count];
        var next = 0;
        for (var r = 0; r < fired.Length; r++)
        {
            var rule = _rules.Rules[r];
            if (fired[r].Start < 0 || (rule.SuppressedByMask & allWarnings) != 0)
            {
                continue;
            }

            var (start, length) = buffer.ToOriginal(fired[r].Start, fired[r].End);
            findings[next++] = new Finding(rule.Id, Categories.Names[rule.Category], rule.IsSignal, rule.Severity, start, length, buffer.Original.Substring(start, length));
        }

        AddModelFindings(buffer, modelOnly, bestSentence, findings, next);
        var categoryMask = ruleMask | modelOnly;
        return new DetectionResult(Categories.WarningsOf(categoryMask), Categories.SignalsOf(categoryMask), findings);
    }
}
