namespace ChatworkGuard.Bot.Cli;

/// <summary>`export --from T --to T`: ISO-8601 dates or date-times. A value without an offset is Japan time (UTC+9), the
/// time the transcript shows and the team leads live in; `Z` or `+hh:mm` say otherwise.</summary>
internal static class ExportWindowArgument
{
    public const string Examples = "2025-07-01, 2025-07-01T09:00, 2025-07-01T09:00:00+09:00 or 2025-07-01T00:00:00Z";

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <summary>The window of --from and --to; null and no error when neither is given (the whole chain).</summary>
    public static ExportWindow? Parse(string? from, string? to, out string? error)
    {
        error = null;
        if (from is null && to is null)
        {
            return null;
        }

        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (from is not null && (start = ParseInstant(from)) is null)
        {
            error = Invalid("--from", from);
            return null;
        }

        if (to is not null && (end = ParseInstant(to)) is null)
        {
            error = Invalid("--to", to);
            return null;
        }

        if (start > end)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"--from {from} ({start:yyyy-MM-dd'T'HH:mm:ss.fffzzz}) is after --to {to} ({end:yyyy-MM-dd'T'HH:mm:ss.fffzzz}): the slice is [from, to), so --from must not be later than --to.");
            return null;
        }

        return new ExportWindow(start, end);
    }

    /// <summary>One bound; null when <paramref name="text"/> is not one of the accepted forms.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return withOffset;
        }

        return DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Jst.Offset)
            : null;
    }

    private static string Invalid(string option, string value) =>
        $"{option} \"{value}\" is not an ISO-8601 date or date-time. Use e.g. {Examples}; without an offset the time is Japan time (UTC+9).";
}
