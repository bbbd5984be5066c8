namespace ChatworkGuard.Bot.Accounts;

/// <summary>The bot's accounts by Chatwork account id: <c>GET /me</c> once per account (each client caches its answer).
/// Used to route each room to an account that is a member of it and to tell the bot's own messages from anyone else's.</summary>
internal sealed class BotAccounts
{
    private readonly ChatworkAccounts _accounts;
    private IReadOnlyList<BotAccount>? _resolved;

    public BotAccounts(ChatworkAccounts accounts) => _accounts = accounts;

    /// <summary>How many accounts are configured.</summary>
    public int Count => _accounts.Count;

    /// <summary>Every configured account, in configuration order.</summary>
    public IReadOnlyList<ChatworkAccount> All => _accounts;

    /// <summary>The first configured account.</summary>
    public ChatworkAccount Primary => _accounts.Primary;

    /// <summary>Every account with its id, in configuration order.</summary>
    public async Task<IReadOnlyList<BotAccount>> ResolveAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _resolved) is { } resolved)
        {
            return resolved;
        }

        // Two racing first calls may both resolve; the answers are the same, and each client asks GET /me only once.
        var list = new List<BotAccount>(_accounts.Count);
        foreach (var account in _accounts)
        {
            list.Add(new BotAccount((await account.Client.GetOwnAccountAsync(cancellationToken)).AccountId, account));
        }

        Volatile.Write(ref _resolved, list);
        return list;
    }

    /// <summary>Whether <paramref name="accountId"/> is one of the bot's accounts.</summary>
    public async Task<bool> IsBotAsync(long? accountId, CancellationToken cancellationToken) =>
        accountId is { } id && (await ResolveAsync(cancellationToken)).Any(a => a.AccountId == id);

    /// <summary>The ids of every bot account.</summary>
    public async Task<IReadOnlySet<long>> IdsAsync(CancellationToken cancellationToken) =>
        (await ResolveAsync(cancellationToken)).Select(a => a.AccountId).ToHashSet();
}
