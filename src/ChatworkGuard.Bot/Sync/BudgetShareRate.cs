using ChatworkGuard.Chatwork;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Sync;

/// <summary>What a share of the API budget is per minute: every bot account's limit together (as each budget last saw the
/// server's), times the share, per <see cref="ChatworkOptions.Window"/>. The resync allowance and the urgent-read share
/// meter their shares at this rate, so several accounts give them as many times the room.</summary>
internal sealed class BudgetShareRate
{
    private readonly Func<int> _totalLimit;
    private readonly IOptionsMonitor<ChatworkOptions> _chatwork;

    /// <param name="totalLimit">The requests per window of every account together.</param>
    /// <param name="chatwork">The Chatwork options (the window).</param>
    public BudgetShareRate(Func<int> totalLimit, IOptionsMonitor<ChatworkOptions> chatwork)
    {
        _totalLimit = totalLimit;
        _chatwork = chatwork;
    }

    /// <summary>Requests per minute that <paramref name="share"/> of the budget allows.</summary>
    public double PerMinute(double share) => _totalLimit() * share / _chatwork.CurrentValue.Window.TotalMinutes;
}
