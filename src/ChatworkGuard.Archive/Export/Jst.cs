using System.Globalization;

namespace ChatworkGuard.Archive.Export;

/// <summary>Japan Standard Time: UTC+9 all year (no daylight saving since 1951), so a fixed offset is exact and
/// needs no time-zone database on the machine.</summary>
internal static class Jst
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " JST";

    public static string FormatUnixSeconds(long seconds) => Format(DateTimeOffset.FromUnixTimeSeconds(seconds));
}
