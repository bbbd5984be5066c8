namespace ChatworkGuard.Bot.Accounts;

/// <summary>A configured bot account with its Chatwork account id (from <c>GET /me</c>).</summary>
/// <param name="AccountId">The account's Chatwork id.</param>
/// <param name="Account">Its client and budget.</param>
internal sealed record BotAccount(long AccountId, ChatworkAccount Account);
