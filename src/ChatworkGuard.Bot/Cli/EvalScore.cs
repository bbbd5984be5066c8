namespace ChatworkGuard.Bot.Cli;

/// <summary>True/false positives and negatives for one label, with precision, recall and F1.</summary>
internal sealed class EvalScore
{
    public EvalScore(string label) => Label = label;

    public string Label { get; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    /// <summary>Null when nothing was predicted (precision is undefined, not perfect).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when nothing was expected.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public void Add(bool expected, bool predicted)
    {
        if (expected && predicted)
        {
            TruePositives++;
        }
        else if (predicted)
        {
            FalsePositives++;
        }
        else if (expected)
        {
            FalseNegatives++;
        }
    }

    public string Format(int labelWidth) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Label.PadRight(labelWidth)} {Number(Precision),9} {Number(Recall),9} {Number(F1),9} {TruePositives,5} {FalsePositives,5} {FalseNegatives,5}");

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
