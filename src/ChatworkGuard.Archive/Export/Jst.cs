namespace ChatworkGuard.Archive.Export;

/// <summary>Japan Standard Time: UTC+9 all year (no daylight saving since 1951), so a fixed offset is exact and
/// needs no time-zone database on the machine.</summary>
internal static class Jst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " JST";

    // The earliest and latest unix seconds a DateTimeOffset can hold (years 1 and 9999).
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>The time in JST; a value no date can hold (a forged or corrupt record) is shown as the number it is,
    /// never thrown over: one bad record must not stop an export.</summary>
    public static string FormatUnixSeconds(long seconds) =>
        seconds is >= MinUnixSeconds + 86_400 and <= MaxUnixSeconds - 86_400
            ? Format(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : string.Create(CultureInfo.InvariantCulture, $"(unix time {seconds}, out of range)");
}
