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

    public static int IndexOf(string? name) =>
        Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsSignal(int index) => Names[index] == DetectionCategory.WorkStart;
}
