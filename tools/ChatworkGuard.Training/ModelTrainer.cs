using ChatworkGuard.Policy;
using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatworkGuard.Training;

/// <summary>A trained model with what it scored on held-out folds.</summary>
/// <param name="Config">The grid point chosen.</param>
/// <param name="Model">Its weights fitted on every message, with the calibration and thresholds from the held-out folds.</param>
/// <param name="ValidationScore">The mean held-out F1 of the categories.</param>
/// <param name="Report">The held-out figures per category, as printed.</param>
/// <param name="HeldOut">Each message's calibrated probability per head from the fold model that did not see it (for error analysis).</param>
internal sealed record TrainedModel(TrainingConfig Config, DetectionModel Model, double ValidationScore, IReadOnlyList<string> Report, float[][] HeldOut);

/// <summary>
/// For every point of the grid: five-fold cross-validation gives each message a score from a model that never saw
/// it; those held-out scores calibrate each category (Platt) and choose its threshold (best F1 of rules-or-model).
/// The point with the best mean held-out F1 wins, and its final weights are fitted on every message.
/// </summary>
internal sealed class ModelTrainer(int seed, TextWriter log)
{
    private static readonly string[] Names = [.. Detector.ModelCategoryNames];

    // The categories' heads, then the any-lure head (labelled by any warning category) that gates them.
    private static readonly string[] Heads = [.. Names, AnyLureHead.Name];

    public TrainedModel Train(IReadOnlyList<LabelledMessage> messages, IReadOnlyList<TrainingConfig> grid)
    {
        var rulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });
        var ruleVerdicts = messages.Select(m => rulesOnly.Detect(m.Text)).ToArray();
        var folds = messages.Select(CorpusSplit.FoldOf).ToArray();
        (TrainingConfig Config, CategoryModel[] Heads, double Score, List<string> Report, float[][] HeldOut)? best = null;
        foreach (var config in grid)
        {
            var shape = Shape(config, rulesOnly);
            var vectors = FeatureRows.Featurize(rulesOnly, shape, messages);
            var heldOut = HeldOutScores(config, shape, messages, vectors, folds);
            var (heads, score, report) = Calibrate(messages, heldOut, ruleVerdicts);
            log.WriteLine($"{config}: held-out score {score:0.0000}");

            if (best is null || score > best.Value.Score)
            {
                best = (config, heads, score, report, heldOut);
            }
        }

        var (chosen, chosenHeads, chosenScore, chosenReport, chosenHeldOut) = best ?? throw new InvalidOperationException("The grid is empty.");
        var finalShape = Shape(chosen, rulesOnly);
        var all = FeatureRows.Featurize(rulesOnly, finalShape, messages);
        var weights = Fit(chosen, finalShape, messages, all, chosenHeads, out var finalHeads);
        var probabilities = chosenHeldOut.Select(raw => chosenHeads.Select((h, c) => h.Probability(raw[c])).ToArray()).ToArray();
        return new TrainedModel(chosen, new DetectionModel(finalShape, finalHeads, weights), chosenScore, chosenReport, probabilities);
    }

    private static ModelShape Shape(TrainingConfig config, Detector rulesOnly) =>
        new(config.HashBits, config.MinN, config.MaxN, config.WindowSentences, rulesOnly.RuleIds, rulesOnly.VocabularyNames, config.WordN);

    /// <summary>Every message's raw score per category from the fold model that did not see it.</summary>
    private float[][] HeldOutScores(TrainingConfig config, ModelShape shape, IReadOnlyList<LabelledMessage> messages, VBuffer<float>[] vectors, int[] folds)
    {
        var scores = new float[messages.Count][];
        // Each fold's fit is single-threaded and seeded, so running two folds at once changes no result.
        Parallel.For(0, CorpusSplit.Folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var inTrain = Enumerable.Range(0, messages.Count).Where(i => folds[i] != fold).ToArray();
            var placeholder = Heads.Select(n => new CategoryModel(n, 0f, -1f, 0f, 0.5f)).ToArray();
            var weights = Fit(config, shape, [.. inTrain.Select(i => messages[i])], [.. inTrain.Select(i => vectors[i])], placeholder, out var heads);
            var scorer = Detector.CreateWithModel(new DetectionOptions(), new DetectionModel(shape, heads, weights));
            for (var i = 0; i < messages.Count; i++)
            {
                if (folds[i] == fold)
                {
                    scores[i] = scorer.RawModelScores(messages[i].Text);
                }
            }
        });

        return scores;
    }

    /// <summary>Fits every category on the given rows; the heads keep <paramref name="template"/>'s calibration and thresholds.</summary>
    private float[] Fit(TrainingConfig config, ModelShape shape, IReadOnlyList<LabelledMessage> messages, IReadOnlyList<VBuffer<float>> vectors, CategoryModel[] template, out CategoryModel[] heads)
    {
        var trainer = new CategoryTrainer(new MLContext(seed), shape.Dimension);
        var weights = new float[shape.Dimension * Heads.Length];
        heads = new CategoryModel[Heads.Length];
        for (var c = 0; c < Heads.Length; c++)
        {
            bool[] labels = [.. messages.Select(m => Labelled(m, Heads[c]))];
            var ratios = config.NbAlpha > 0 ? NaiveBayesScaling.Ratios(vectors, labels, shape.Dimension, config.NbAlpha) : null;
            var (w, bias) = trainer.Fit(ratios is null ? vectors : NaiveBayesScaling.Apply(vectors, ratios), labels, config.L1, config.L2);
            if (ratios is not null)
            {
                for (var f = 0; f < w.Length; f++)
                {
                    w[f] *= ratios[f];
                }
            }

            for (var f = 0; f < w.Length; f++)
            {
                weights[(f * Heads.Length) + c] = w[f];
            }

            heads[c] = template[c] with { Bias = bias };
        }

        return weights;
    }

    private static bool Labelled(LabelledMessage message, string head) =>
        head == AnyLureHead.Name ? message.Expected.Count > 0 : message.Has(head);

    /// <summary>
    /// Calibrates each category's head and chooses its threshold and veto; then the any-lure head's, on what the
    /// categories decided together (any warning category), so its veto and threshold correct the categories' verdict
    /// as a whole. The score that ranks grid points stays the categories' mean F1.
    /// </summary>
    private static (CategoryModel[] Heads, double Score, List<string> Report) Calibrate(IReadOnlyList<LabelledMessage> messages, float[][] heldOut, DetectionResult[] ruleVerdicts)
    {
        var heads = new CategoryModel[Heads.Length];
        var warned = new bool[messages.Count];
        var report = new List<string>();
        var f1s = new List<double>();
        for (var c = 0; c < Names.Length; c++)
        {
            var actual = messages.Select(m => m.Has(Names[c])).ToArray();
            var (calibrated, probabilities) = CalibrateHead(Names[c], c, heldOut, actual);
            var rules = ruleVerdicts.Select(v => v.Categories.Contains(Names[c]) || v.Signals.Contains(Names[c])).ToArray();
            var (threshold, veto, combined) = ThresholdChooser.Choose(probabilities, rules, actual);
            for (var i = 0; i < warned.Length && Names[c] != DetectionCategory.WorkStart; i++)
            {
                warned[i] |= (rules[i] && probabilities[i] >= veto) || probabilities[i] >= threshold;
            }

            heads[c] = calibrated with { Threshold = threshold, Veto = veto };
            f1s.Add(combined.F1);
            report.Add($"{Names[c],-22} threshold {threshold:0.00} veto {veto:0.00}  rules    {Confusion.Of(actual, rules)}");
            report.Add($"{"",-22}                             model    {Confusion.Of(actual, [.. probabilities.Select(p => p >= threshold)])}");
            report.Add($"{"",-22}                             combined {combined}");
        }

        var lures = messages.Select(m => Labelled(m, AnyLureHead.Name)).ToArray();
        var any = Heads.Length - 1;
        var (head, anyProbabilities) = CalibrateHead(AnyLureHead.Name, any, heldOut, lures);
        var (anyThreshold, anyVeto, gated) = ThresholdChooser.Choose(anyProbabilities, warned, lures);
        heads[any] = head with { Threshold = anyThreshold, Veto = anyVeto };
        report.Add($"{"should warn",-22} threshold {anyThreshold:0.00} veto {anyVeto:0.00}  categories {Confusion.Of(lures, warned)}");
        report.Add($"{"",-22}                             any-lure   {Confusion.Of(lures, [.. anyProbabilities.Select(p => p >= anyThreshold)])}");
        report.Add($"{"",-22}                             gated      {gated}");
        return (heads, f1s.Average(), report);
    }

    private static (CategoryModel Calibrated, float[] Probabilities) CalibrateHead(string name, int head, float[][] heldOut, bool[] actual)
    {
        var (slope, offset) = PlattScaling.Fit([.. heldOut.Select(s => s[head])], actual);
        var calibrated = new CategoryModel(name, 0f, slope, offset, 0.5f);
        return (calibrated, [.. heldOut.Select(s => calibrated.Probability(s[head]))]);
    }
}
