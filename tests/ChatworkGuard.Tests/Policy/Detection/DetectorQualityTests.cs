using System.Text.Json;
using ChatworkGuard.Policy;

namespace ChatworkGuard.Tests.Policy.Detection;

/// <summary>
/// A regression guard on the team's own labelled messages (Corpus/own-cases.jsonl, written for these tests, not taken
/// from the seed corpus tests/corpus/train/seed-dev.jsonl): a rule change that costs precision or recall shows up here
/// before it reaches a room.
/// </summary>
public sealed class DetectorQualityTests
{
    private static readonly string[] Warnings =
    [
        DetectionCategory.DirectPayment,
        DetectionCategory.OffPlatformContract,
        DetectionCategory.OffPlatformContact,
        DetectionCategory.EscrowBypass,
    ];

    [Fact]
    public void Detect_OwnLabelledCases_MeetTheQualityBar()
    {
        var cases = Load();
        var warn = new Counts();
        var start = new Counts();
        var perCategory = Warnings.ToDictionary(c => c, _ => new Counts());
        foreach (var (text, expected, signals) in cases)
        {
            var result = DefaultDetector.Instance.Detect(text);
            warn.Add(expected.Length > 0, result.ShouldWarn);
            start.Add(signals.Contains(DetectionCategory.WorkStart), result.Signals.Contains(DetectionCategory.WorkStart));
            foreach (var category in Warnings)
            {
                perCategory[category].Add(expected.Contains(category), result.Categories.Contains(category));
            }
        }

        Assert.True(cases.Count > 200, "the case file should load in full");
        Assert.True(warn.Precision >= 0.95 && warn.Recall >= 0.95, $"should warn: {warn}");
        Assert.True(start.Precision >= 0.90 && start.Recall >= 0.90, $"work-start: {start}");
        foreach (var (category, counts) in perCategory)
        {
            Assert.True(counts.Precision >= 0.90 && counts.Recall >= 0.90, $"{category}: {counts}");
        }
    }

    private static List<(string Text, string[] Expected, string[] Signals)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Policy", "Detection", "Corpus", "own-cases.jsonl");
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            var json = JsonDocument.Parse(line).RootElement;
            return (json.GetProperty("text").GetString()!,
                json.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToArray(),
                json.GetProperty("signals").EnumerateArray().Select(e => e.GetString()!).ToArray());
        })];
    }

    private sealed class Counts
    {
        private int _truePositives;
        private int _falsePositives;
        private int _falseNegatives;

        public double Precision => _truePositives + _falsePositives == 0 ? 1 : (double)_truePositives / (_truePositives + _falsePositives);

        public double Recall => _truePositives + _falseNegatives == 0 ? 1 : (double)_truePositives / (_truePositives + _falseNegatives);

        public void Add(bool expected, bool predicted)
        {
            _truePositives += expected && predicted ? 1 : 0;
            _falsePositives += !expected && predicted ? 1 : 0;
            _falseNegatives += expected && !predicted ? 1 : 0;
        }

        public override string ToString() => $"precision {Precision:0.000} recall {Recall:0.000} (tp {_truePositives}, fp {_falsePositives}, fn {_falseNegatives})";
    }
}
