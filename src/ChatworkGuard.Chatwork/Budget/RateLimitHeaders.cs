namespace ChatworkGuard.Chatwork.Budget;

/// <summary>The <c>x-ratelimit-*</c> headers of one response; any of them may be missing.</summary>
/// <param name="Limit">x-ratelimit-limit: requests per window.</param>
/// <param name="Remaining">x-ratelimit-remaining: requests left.</param>
/// <param name="Reset">x-ratelimit-reset: the absolute time the window resets (unix seconds on the wire).</param>
public readonly record struct RateLimitHeaders(int? Limit, int? Remaining, DateTimeOffset? Reset)
{
    /// <summary>The header names.</summary>
    public const string LimitHeader = "x-ratelimit-limit", RemainingHeader = "x-ratelimit-remaining", ResetHeader = "x-ratelimit-reset";

    /// <summary>True when at least one header was present.</summary>
    public bool Any => Limit is not null || Remaining is not null || Reset is not null;

    /// <summary>Parses the three header values (each possibly null); unparsable values count as missing.</summary>
    public static RateLimitHeaders Parse(string? limit, string? remaining, string? reset)
    {
        DateTimeOffset? resetAt = null;
        if (long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix)
            && unix is > 0 and < 253402300799)
        {
            resetAt = DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        return new RateLimitHeaders(ParseCount(limit), ParseCount(remaining), resetAt);
    }

    private static int? ParseCount(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;
}
