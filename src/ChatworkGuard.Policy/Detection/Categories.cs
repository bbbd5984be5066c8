namespace ChatworkGuard.Policy.Detection;

/// <summary>The categories and the signal by index; results list them in this (ordinal) order.</summary>
internal static class Categories
{
    /// <summary>Sorted ordinally, so a result's categories come out sorted for free.</summary>
    public static readonly string[] Names =
    [
        DetectionCategory.DirectPayment,
        DetectionCategory.EscrowBypass,
        DetectionCategory.OffPlatformContact,
        DetectionCategory.OffPlatformContract,
        DetectionCategory.WorkStart,
    ];

    /// <summary>The bits of the warning categories (every name but the signal).</summary>
    public static readonly int WarningMask = Enumerable.Range(0, Names.Length).Where(c => !IsSignal(c)).Sum(c => 1 << c);

    /// <summary>The bit of escrow-bypass, which a work-start signal gives way to.</summary>
    public static readonly int EscrowBypassBit = 1 << Array.IndexOf(Names, DetectionCategory.EscrowBypass);

    // Every combination of categories as ready-made sorted lists, shared by all results (they are read-only).
    private static readonly string[][] WarningLists = BuildLists(signals: false);
    private static readonly string[][] SignalLists = BuildLists(signals: true);

    public static IReadOnlyList<string> WarningsOf(int mask) => WarningLists[mask];

    public static IReadOnlyList<string> SignalsOf(int mask) => SignalLists[mask];

    public static int IndexOf(string? name) =>
        Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsSignal(int index) => Names[index] == DetectionCategory.WorkStart;

    private static string[][] BuildLists(bool signals)
    {
        var lists = new string[1 << Names.Length][];
        for (var mask = 0; mask < lists.Length; mask++)
        {
            lists[mask] = [.. Enumerable.Range(0, Names.Length)
                .Where(c => (mask & (1 << c)) != 0 && IsSignal(c) == signals)
                .Select(c => Names[c])];
        }

        return lists;
    }
}
