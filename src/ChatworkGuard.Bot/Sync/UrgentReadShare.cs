namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Keeps reads fair between rooms. Joining a new room and reading a bursting one go before the other changed rooms,
/// which is right for one real room about to overflow its 100-message window, and wrong when a stranger adds the bot
/// to many noisy rooms: they would take the whole budget while the real rooms wait and overflow. So after the first
/// cycle of a process, joins and burst reads together may spend only <see cref="SyncOptions.UrgentShare"/> of the API
/// budget: a token bucket filled at that share of the limit per window, holding at most one minute's fill. The rooms it
/// holds back keep their place (the one waiting longest goes first) and are read in a later cycle. This type only
/// filters the planner's ranking; the ranking itself stays the planner's.
/// </summary>
internal sealed class UrgentReadShare
{
    /// <summary>What a join costs: the room, its members, the latest window and the intro notice.</summary>
    public const int JoinCost = 4;

    /// <summary>What a burst read costs: the latest window.</summary>
    public const int BurstReadCost = 1;

    private readonly BudgetShareRate _rate;
    private readonly IOptionsMonitor<SyncOptions> _sync;
    private readonly TokenBucket _bucket;
    private readonly Lock _gate = new();
    private bool _planned;

    public UrgentReadShare(BudgetShareRate rate, IOptionsMonitor<SyncOptions> sync, TimeProvider time)
    {
        _rate = rate;
        _sync = sync;
        _bucket = new TokenBucket(time);
    }

    /// <summary>Requests per minute the share allows joins and burst reads while other rooms wait.</summary>
    public double PerMinute => _rate.PerMinute(_sync.CurrentValue.UrgentShare);

    /// <summary>
    /// Filters a cycle's rooms, most urgent first, keeping their order: every non-urgent room stays; an urgent one
    /// (costing <paramref name="costOf"/> requests, 0 for a non-urgent room) stays while the share has tokens for it.
    /// The first cycle of a process takes every room it finds, as a start always did (the rooms already there when the
    /// bot starts are the team lead's, and a start cut short by a deployment finishes its joins), and so does a cycle
    /// before the bot has joined any room (<paramref name="anyJoined"/> false): no room can wait behind those joins.
    /// Otherwise the share holds even when no other room waits at the moment: a cycle spends minutes on its joins,
    /// and the rooms that change meanwhile would wait for all of them.
    /// </summary>
    public IReadOnlyList<T> Admit<T>(IReadOnlyList<T> ranked, Func<T, int> costOf, bool anyJoined)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(costOf);
        lock (_gate)
        {
            var first = !_planned;
            _planned = true;
            // A new process starts with one minute's worth: a team lead's new room need not wait for the bucket to fill.
            _bucket.Refill(PerMinute, Math.Max(JoinCost, PerMinute));
            if (first || !anyJoined)
            {
                return ranked;
            }

            var admitted = new List<T>(ranked.Count);
            foreach (var room in ranked)
            {
                var cost = costOf(room);
                if (cost == 0)
                {
                    admitted.Add(room);
                }
                else if (_bucket.TryTake(cost))
                {
                    admitted.Add(room);
                }
            }

            return admitted;
        }
    }
}
