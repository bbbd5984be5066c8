namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// Precision and recall of the rules alone, the model alone and the two combined (what the bot does), per category,
/// for "should warn" and for the work-start signal; plus how often hard negatives and messages whose rule an
/// exception cancelled (negation, quoting the rules) were warned about.
/// </summary>
internal sealed class EvalReport
{
    private static readonly string[] Labels =
    [
        "should warn",
        DetectionCategory.DirectPayment,
        DetectionCategory.OffPlatformContract,
        DetectionCategory.OffPlatformContact,
        DetectionCategory.EscrowBypass,
        DetectionCategory.WorkStart,
    ];

    private readonly Dictionary<string, EvalScore>[] _scores = [.. Enumerable.Range(0, 3).Select(_ => Labels.ToDictionary(l => l, l => new EvalScore(l)))];
    private readonly int[] _hardNegativeAlarms = new int[3];
    private readonly int[] _cancelledAlarms = new int[3];
    private int _hardNegatives;
    private int _cancelled;

    public int Messages { get; private set; }

    /// <summary>Scores one message; returns whether the combined result differs from the labels.</summary>
    public bool Add(IReadOnlySet<string> expected, IReadOnlySet<string> signals, bool hardNegative, DetectionResult rules, DetectionScores combined, IReadOnlyDictionary<string, double> thresholds)
    {
        Messages++;
        var modelFound = thresholds.Where(t => combined.Probabilities.TryGetValue(t.Key, out var p) && p >= t.Value).Select(t => t.Key).ToHashSet();
        if (modelFound.Contains(DetectionCategory.EscrowBypass))
        {
            modelFound.Remove(DetectionCategory.WorkStart);
        }

        var result = combined.Result;
        var found = new[]
        {
            rules.Categories.Concat(rules.Signals).ToHashSet(),
            modelFound,
            result.Categories.Concat(result.Signals).ToHashSet(),
        };
        var unlabelled = expected.Count == 0;
        var cancelled = unlabelled && combined.CancelledRuleIds.Count > 0;
        _hardNegatives += hardNegative ? 1 : 0;
        _cancelled += cancelled ? 1 : 0;
        for (var v = 0; v < found.Length; v++)
        {
            var warned = found[v].Any(c => c != DetectionCategory.WorkStart);
            _scores[v]["should warn"].Add(!unlabelled, warned);
            foreach (var label in Labels.Skip(1))
            {
                _scores[v][label].Add(expected.Contains(label) || signals.Contains(label), found[v].Contains(label));
            }

            _hardNegativeAlarms[v] += hardNegative && warned ? 1 : 0;
            _cancelledAlarms[v] += cancelled && warned ? 1 : 0;
        }

        return !expected.SetEquals(result.Categories) || !signals.SetEquals(result.Signals);
    }

    public async Task WriteAsync(TextWriter output, bool hasModel)
    {
        const int width = 22;
        await output.WriteLineAsync($"{"",-width} {"rules",-25} {(hasModel ? "model" : "(model off)"),-25} {"combined (the bot)",-25}");
        await output.WriteLineAsync($"{"label",-width} {Header()} {Header()} {Header()} {"f1",6}");
        foreach (var label in Labels)
        {
            var row = string.Join(" ", _scores.Select(s => Cell(s[label])));
            await output.WriteLineAsync($"{(label == DetectionCategory.WorkStart ? label + " (signal)" : label),-width} {row} {Number(_scores[2][label].F1),6}");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"hard negatives: {_hardNegatives}; warned by rules {_hardNegativeAlarms[0]}, model {_hardNegativeAlarms[1]}, combined {_hardNegativeAlarms[2]}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"unlabelled messages whose rule an exception cancelled (negation, quoting the rules, a feature): {_cancelled}; warned by rules {_cancelledAlarms[0]}, model {_cancelledAlarms[1]}, combined {_cancelledAlarms[2]}"));
    }

    private static string Header() => $"{"precision",9} {"recall",7} {"fp",3} {"fn",3}";

    private static string Cell(EvalScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"{Number(score.Precision),9} {Number(score.Recall),7} {score.FalsePositives,3} {score.FalseNegatives,3}");

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
