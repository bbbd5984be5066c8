namespace ChatworkGuard.Bot.WebConsole;

/// <summary>How the console writes times and durations: Japan time, as the rooms and the evidence page do.</summary>
internal static class ConsoleFormat
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>"2026-12-04 11:45:09", or "-".</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Jst).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";

    /// <summary>A unix send time in Japan time, or "-".</summary>
    public static string UnixTime(long? seconds) =>
        seconds is > 0 and < 253_402_300_799 ? Time(DateTimeOffset.FromUnixTimeSeconds(seconds.Value)) : "-";

    /// <summary>"42 s", "7 min", "3 h", or "-" when nothing waits.</summary>
    public static string Delay(TimeSpan? delay) => delay switch
    {
        null => "-",
        { TotalSeconds: < 120 } d => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)d.TotalSeconds)} s"),
        { TotalMinutes: < 120 } d => string.Create(CultureInfo.InvariantCulture, $"{(int)d.TotalMinutes} min"),
        { } d => string.Create(CultureInfo.InvariantCulture, $"{(int)d.TotalHours} h"),
    };

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
