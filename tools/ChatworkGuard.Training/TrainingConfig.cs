namespace ChatworkGuard.Training;

/// <summary>One point of the hyper-parameter grid.</summary>
internal sealed record TrainingConfig(int HashBits, int MinN, int MaxN, int WindowSentences, float L1, float L2)
{
    public override string ToString() => $"bits {HashBits}, n {MinN}-{MaxN}, window {WindowSentences}, l1 {L1}, l2 {L2}";

    // Earlier, wider grids (n 1–3, 1–4, 2–5; windows 0 and 3; L2 0.01–3) always ranked n 1–4, no window and the
    // weakest L2 first on the held-out folds; this is the neighbourhood of that point.
    private static readonly (int Min, int Max)[] NgramRanges = [(1, 4)];
    private static readonly int[] Windows = [0];
    private static readonly float[] L2s = [0.003f, 0.01f];

    /// <summary>The grid searched on the validation split; <paramref name="quick"/> is one small point, for tests.</summary>
    public static IReadOnlyList<TrainingConfig> Grid(bool quick) =>
        quick
            ? [new TrainingConfig(12, 1, 3, 0, 0f, 1f)]
            : [.. from n in NgramRanges
                  from window in Windows
                  from l2 in L2s
                  select new TrainingConfig(18, n.Min, n.Max, window, 0.05f, l2)];
}
