namespace ChatworkGuard.Bot.Sync;

/// <summary>What a share of the API budget is per minute: every bot account's limit together (as each budget last saw the
/// server's), times the share, per <see cref="ChatworkOptions.Window"/>. The resync allowance and the urgent-read share
/// meter their shares at this rate, so several accounts give them as many times the room.</summary>
/// <param name="totalLimit">The requests per window of every account together.</param>
/// <param name="chatwork">The Chatwork options (the window).</param>
internal sealed class BudgetShareRate(Func<int> totalLimit, IOptionsMonitor<ChatworkOptions> chatwork)
{
    /// <summary>Requests per minute that <paramref name="share"/> of the budget allows.</summary>
    public double PerMinute(double share) => totalLimit() * share / chatwork.CurrentValue.Window.TotalMinutes;
}
