namespace ChatworkGuard.Chatwork.Accounts;

/// <summary>One bot account: its own client (its token, retries and circuit breaker) and its own API budget.</summary>
/// <remarks>The token itself is not exposed: it lives only in the client's request header.</remarks>
public sealed class ChatworkAccount
{
    internal ChatworkAccount(int number, IChatworkClient client, ApiBudget budget) => (Number, Client, Budget) = (number, client, budget);

    /// <summary>The account's place in the configuration, from 1 (<c>Chatwork:Accounts:0</c> or <c>Chatwork:ApiToken</c> is 1).
    /// Names the account in logs and metrics without its token.</summary>
    public int Number { get; }

    /// <summary>The account's client; its reads, posts and cached own account (<c>GET /me</c>) are this account's.</summary>
    public IChatworkClient Client { get; }

    /// <summary>The account's budget: <see cref="ChatworkOptions.RequestsPerWindow"/> per window for this token alone.</summary>
    public ApiBudget Budget { get; }
}
