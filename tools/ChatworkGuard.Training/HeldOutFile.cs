using System.Text.Json;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Training;

/// <summary>
/// Writes every training message with its held-out probabilities (JSON Lines), so errors can be studied on the
/// validation folds instead of on the frozen test split.
/// </summary>
internal static class HeldOutFile
{
    public static void Write(string path, IReadOnlyList<LabelledMessage> messages, TrainedModel model)
    {
        using var writer = new StreamWriter(path);
        var heads = model.Model.Categories;
        var rulesOnly = Detector.Create(new DetectionOptions { Model = { Enabled = false } });
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var rules = rulesOnly.Detect(m.Text);
            var probabilities = heads.Select((h, c) => (h.Name, Value: Math.Round(model.HeldOut[i][c], 3)))
                .ToDictionary(x => x.Name, x => x.Value);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = m.Id,
                expected = m.Expected,
                signals = m.Signals,
                hard_negative = m.HardNegative,
                p = probabilities,
                rules = rules.Categories.Concat(rules.Signals),
                thresholds = heads.ToDictionary(h => h.Name, h => new[] { h.Threshold, h.Veto }),
                text = m.Text,
            }));
        }
    }
}
