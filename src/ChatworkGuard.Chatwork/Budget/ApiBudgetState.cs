namespace ChatworkGuard.Chatwork.Budget;

/// <summary>A snapshot of the API budget for logs, metrics and the <c>rooms</c> command.</summary>
/// <param name="Limit">Requests per window (the lower of configuration and the server's x-ratelimit-limit).</param>
/// <param name="Used">Requests counted in the current window (ours, or the server's count when it is higher).</param>
/// <param name="ResetAt">When the current window ends.</param>
/// <param name="ResetFromServer">True when <paramref name="ResetAt"/> came from x-ratelimit-reset rather than our own estimate.</param>
/// <param name="WaitingPost">Posts waiting for budget or for their room's posting limit.</param>
/// <param name="WaitingRead">Reads waiting.</param>
/// <param name="WaitingResync">Resync reads waiting.</param>
/// <param name="TotalGranted">Requests let through since start.</param>
/// <param name="ThrottledRooms">Rooms currently at their posting limit.</param>
public sealed record ApiBudgetState(
    int Limit,
    int Used,
    DateTimeOffset ResetAt,
    bool ResetFromServer,
    int WaitingPost,
    int WaitingRead,
    int WaitingResync,
    long TotalGranted,
    int ThrottledRooms)
{
    /// <summary>Requests left in this window by the server's count (headroom and reserves not subtracted).</summary>
    public int Remaining => Math.Max(0, Limit - Used);

    /// <summary>All callers waiting.</summary>
    public int Waiting => WaitingPost + WaitingRead + WaitingResync;
}
