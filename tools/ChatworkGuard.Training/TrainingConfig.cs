using System.Globalization;

namespace ChatworkGuard.Training;

/// <summary>One point of the hyper-parameter grid.</summary>
internal sealed record TrainingConfig(int HashBits, int MinN, int MaxN, int WindowSentences, float L1, float L2, int WordN = 0, float NbAlpha = 0f)
{
    public override string ToString() => $"bits {HashBits}, n {MinN}-{MaxN}, words {WordN}, window {WindowSentences}, l1 {L1}, l2 {L2}" + (NbAlpha > 0 ? $", nb {NbAlpha}" : "");

    // Earlier, wider grids (n 1–3, 1–4, 2–5; windows 0 and 3; L2 0.003–3; L1 0.0003–0.05; words off and on) ranked n 1–4,
    // no window, words and word pairs, and weak regularisation first on the held-out folds, and naive-Bayes scaling
    // above plain features (docs/detection.md, Training). The default grid is the one point the shipped model came
    // from, so `train` without options reproduces it.
    private static readonly (int Min, int Max)[] NgramRanges = [(1, 4)];
    private static readonly int[] Windows = [0];
    private static readonly float[] L1s = [0.001f];
    private static readonly float[] L2s = [0.003f];
    private static readonly int[] WordNs = [2];
    private static readonly float[] NbAlphas = [1f];

    /// <summary>
    /// The grid searched on the validation split; <paramref name="quick"/> is one small point, for tests.
    /// <paramref name="overrides"/>, when given, replace the grid's values (for experiments).
    /// </summary>
    public static IReadOnlyList<TrainingConfig> Grid(bool quick, GridOverrides? overrides = null) =>
        quick
            ? [new TrainingConfig(12, 1, 3, 0, 0f, 1f, overrides?.Words is [var w, ..] ? w : 0)]
            : [.. from n in NgramRanges
                  from window in overrides?.Windows ?? Windows
                  from wordN in overrides?.Words ?? WordNs
                  from l1 in overrides?.L1s ?? L1s
                  from l2 in overrides?.L2s ?? L2s
                  from nb in overrides?.NbAlphas ?? NbAlphas
                  select new TrainingConfig(18, n.Min, n.Max, window, l1, l2, wordN, nb)];
}

/// <summary>Values that replace the grid's own for one experiment (null keeps the grid's).</summary>
internal sealed record GridOverrides(IReadOnlyList<int>? Words, IReadOnlyList<int>? Windows, IReadOnlyList<float>? L1s, IReadOnlyList<float>? L2s, IReadOnlyList<float>? NbAlphas = null)
{
    public static GridOverrides? From(Func<string, IReadOnlyList<string>> values)
    {
        IReadOnlyList<T>? Parse<T>(string name) where T : IParsable<T> =>
            values(name) is { Count: > 0 } v ? [.. v.Select(x => T.Parse(x, CultureInfo.InvariantCulture))] : null;

        var overrides = new GridOverrides(Parse<int>("--words"), Parse<int>("--window"), Parse<float>("--l1"), Parse<float>("--l2"), Parse<float>("--nb"));
        return overrides is { Words: null, Windows: null, L1s: null, L2s: null, NbAlphas: null } ? null : overrides;
    }
}
