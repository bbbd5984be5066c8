using ChatworkGuard.Policy.Detection;
using ChatworkGuard.Policy.Detection.Model;
using Microsoft.ML;

namespace ChatworkGuard.Training;

/// <summary>A trained model with what it scored on the validation split.</summary>
internal sealed record TrainedModel(TrainingConfig Config, DetectionModel Model, double ValidationScore, IReadOnlyList<string> Report);

/// <summary>
/// Trains one logistic model per category on the training split, calibrates it and picks its threshold on the
/// validation split, for every point of the grid; the best by mean validation F1 wins.
/// </summary>
internal sealed class ModelTrainer(int seed, TextWriter log)
{
    private static readonly string[] Names = [.. Detector.ModelCategoryNames];

    public TrainedModel Train(IReadOnlyList<LabelledMessage> train, IReadOnlyList<LabelledMessage> validation, IReadOnlyList<TrainingConfig> grid)
    {
        var rulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });
        var ruleVerdicts = validation.Select(m => rulesOnly.Detect(m.Text)).ToArray();
        TrainedModel? best = null;
        foreach (var config in grid)
        {
            var candidate = TrainOne(config, rulesOnly, train, validation, ruleVerdicts);
            log.WriteLine($"{config}: validation score {candidate.ValidationScore:0.0000}");
            if (best is null || candidate.ValidationScore > best.ValidationScore)
            {
                best = candidate;
            }
        }

        return best ?? throw new InvalidOperationException("The grid is empty.");
    }

    private TrainedModel TrainOne(TrainingConfig config, Detector rulesOnly, IReadOnlyList<LabelledMessage> train, IReadOnlyList<LabelledMessage> validation, DetectionResult[] ruleVerdicts)
    {
        var shape = new ModelShape(config.HashBits, config.MinN, config.MaxN, config.WindowSentences, rulesOnly.RuleIds);
        var vectors = FeatureRows.Featurize(rulesOnly, shape, train);
        var trainer = new CategoryTrainer(new MLContext(seed), shape.Dimension);
        var weights = new float[shape.Dimension * Names.Length];
        var heads = new CategoryModel[Names.Length];
        for (var c = 0; c < Names.Length; c++)
        {
            var (w, bias) = trainer.Fit(vectors, [.. train.Select(m => m.Has(Names[c]))], config.L1, config.L2);
            for (var f = 0; f < w.Length; f++)
            {
                weights[(f * Names.Length) + c] = w[f];
            }

            heads[c] = new CategoryModel(Names[c], bias, -1f, 0f, 0.5f);
        }

        // Raw scores through the run-time path (windows included), then calibration and thresholds on held-out data.
        var raw = new DetectionModel(shape, heads, weights);
        var scorer = Detector.CreateWithModel(new DetectionOptions(), raw);
        var scores = validation.Select(m => scorer.RawModelScores(m.Text)).ToArray();
        var report = new List<string>();
        var f1s = new List<double>();
        for (var c = 0; c < Names.Length; c++)
        {
            var actual = validation.Select(m => m.Has(Names[c])).ToArray();
            var (slope, offset) = PlattScaling.Fit([.. scores.Select(s => s[c])], actual);
            var calibrated = heads[c] with { Slope = slope, Offset = offset };
            var probabilities = scores.Select(s => calibrated.Probability(s[c])).ToArray();
            var rules = ruleVerdicts.Select(v => v.Categories.Contains(Names[c]) || v.Signals.Contains(Names[c])).ToArray();
            var (threshold, combined) = ThresholdChooser.Choose(probabilities, rules, actual);
            heads[c] = calibrated with { Threshold = threshold };
            f1s.Add(combined.F1);
            report.Add($"{Names[c],-22} threshold {threshold:0.000}  rules {Confusion.Of(actual, rules)}");
            report.Add($"{"",-22} model {Confusion.Of(actual, [.. probabilities.Select(p => p >= threshold)])}");
            report.Add($"{"",-22} combined {combined}");
        }

        return new TrainedModel(config, new DetectionModel(shape, heads, weights), f1s.Average(), report);
    }
}
