namespace ChatworkGuard.Bot.Health;

/// <summary>The latest outcomes of Chatwork calls.</summary>
/// <param name="LastCallAt">When the latest attempt ended; null before the first.</param>
/// <param name="LastAnswerAt">When the API last answered at all (any HTTP status).</param>
/// <param name="LastStatusCode">The status of that answer.</param>
/// <param name="LastFailure">How the latest attempt failed (no answer, or a 5xx); null when it succeeded.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last good answer.</param>
internal sealed record ChatworkCallSnapshot(DateTimeOffset? LastCallAt, DateTimeOffset? LastAnswerAt, int? LastStatusCode, string? LastFailure, int ConsecutiveFailures)
{
    /// <summary>No call yet.</summary>
    public static readonly ChatworkCallSnapshot None = new(null, null, null, null, 0);
}
