namespace ChatworkGuard.Training;

/// <summary>True and false positives and misses for one label, with precision, recall and F1.</summary>
internal readonly record struct Confusion(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Confusion Of(IReadOnlyList<bool> actual, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            tp += actual[i] && predicted[i] ? 1 : 0;
            fp += !actual[i] && predicted[i] ? 1 : 0;
            fn += actual[i] && !predicted[i] ? 1 : 0;
        }

        return new Confusion(tp, fp, fn);
    }

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
