namespace ChatworkGuard.Policy.Detection;

/// <summary>What the trainer needs from the detector: the exact features and raw scores the run-time path uses.</summary>
public sealed partial class Detector
{
    /// <summary>A detector with the given model instead of the shipped one (training, calibration and tests).</summary>
    internal static Detector CreateWithModel(DetectionOptions options, DetectionModel model)
    {
        var compiled = RuleCompiler.Compile(BuiltInRules.Document, options, out var errors)
            ?? throw new DetectionConfigurationException(errors);
        return new Detector(compiled, options, model);
    }

    /// <summary>The categories and signal a model scores, in the order its file lists them.</summary>
    internal static IReadOnlyList<string> ModelCategoryNames => Categories.Names;

    /// <summary>The built-in vocabulary lists, in the order a new model's shape lists them.</summary>
    internal IReadOnlyList<string> VocabularyNames => [.. _rules.VocabularySets.Select(v => v.Name)];

    /// <summary>Emits the model features of <paramref name="body"/> under <paramref name="shape"/>, rule outcomes matched by rule id.</summary>
    internal void ExtractFeatures<TSink>(string body, ModelShape shape, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var scratch = DetectionScratch.Rent();
        try
        {
            var outcomes = PrepareAndRunRules(scratch, body);
            var rules = _rules.Rules;
            var bySlot = new RuleOutcome[shape.RuleIds.Count];
            for (var slot = 0; slot < bySlot.Length; slot++)
            {
                var r = Array.FindIndex(rules, rule => rule.Id == shape.RuleIds[slot]);
                bySlot[slot] = r >= 0 ? outcomes[r] : RuleOutcome.None;
            }

            var hits = shape.VocabularyIds
                .Select(name => VocabularySet(_rules, name) is var set && set >= 0 && scratch.HitCount > 0 && scratch.SetWasHit(set))
                .ToArray();
            Normalization.EnsureSentences(scratch.Buffer);
            ModelFeatures.Extract(scratch.Buffer, shape, bySlot, hits, ref sink);
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }

    /// <summary>The model's uncalibrated score per category for <paramref name="body"/>, as the run-time path computes it.</summary>
    internal float[] RawModelScores(string body)
    {
        var bound = _model ?? throw new InvalidOperationException("This detector has no model.");
        var scratch = DetectionScratch.Rent();
        try
        {
            LoadModelScratch(bound, scratch, PrepareAndRunRules(scratch, body));
            var model = bound.Model;
            var scores = new float[model.Categories.Count];
            ModelScorer.Score(model, scratch.Buffer, scratch.Model, scores, new int[model.Categories.Count]);
            return scores;
        }
        finally
        {
            DetectionScratch.Return(scratch);
        }
    }

    private RuleOutcome[] PrepareAndRunRules(DetectionScratch scratch, string body)
    {
        Prepare(scratch, body);
        var outcomes = new RuleOutcome[_rules.Rules.Length];
        RunRules(scratch, new (int Start, int End)[outcomes.Length], outcomes, out _);
        return outcomes;
    }
}
