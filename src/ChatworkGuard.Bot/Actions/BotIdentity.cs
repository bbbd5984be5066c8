using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Bot.Actions;

/// <summary>Who the bot is on Chatwork (GET /me), fetched once and cached for the life of the process.</summary>
internal sealed class BotIdentity
{
    private readonly IChatworkClient _client;
    private MyAccount? _me;

    public BotIdentity(IChatworkClient client) => _client = client;

    /// <summary>The bot's account, from the cache or GET /me.</summary>
    public async Task<MyAccount> GetAsync(CancellationToken cancellationToken)
    {
        // Two racing first calls may both ask GET /me; the answer is the same, so no lock is worth holding.
        return _me ??= await _client.GetMeAsync(cancellationToken);
    }

    /// <summary>The bot's account id if already known, without a call.</summary>
    public long? KnownAccountId => _me?.AccountId;
}
