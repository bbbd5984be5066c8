using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Notation;
using ChatworkGuard.Policy.Notices;

namespace ChatworkGuard.Bot.Actions;

/// <summary>Posts the bot's notices as info boxes, optionally as a reply or with mentions.</summary>
internal sealed class NoticePoster
{
    private readonly IChatworkClient _client;
    private readonly BotIdentity _identity;

    public NoticePoster(IChatworkClient client, BotIdentity identity)
    {
        _client = client;
        _identity = identity;
    }

    /// <summary>Posts <paramref name="notice"/> in <paramref name="roomId"/>; returns the posted body and message id.
    /// During an <see cref="ActionReplay"/> a notice the bot already posted (just before a crash) is not posted again:
    /// its id is returned instead.</summary>
    public async Task<(string Body, string MessageId)> PostAsync(long roomId, Notice notice, NoticeAddress? address, CancellationToken cancellationToken)
    {
        var body = Render(roomId, notice, address);
        if (ActionReplay.IsActive && await FindPostedAsync(roomId, body, cancellationToken) is { } posted)
        {
            return (body, posted);
        }

        var id = await _client.PostMessageAsync(roomId, body, cancellationToken: cancellationToken);
        return (body, id);
    }

    /// <summary>The body the bot posts for <paramref name="notice"/>: mentions first, then the info box.</summary>
    public static string Render(long roomId, Notice notice, NoticeAddress? address)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var builder = new MessageBuilder();
        if (address?.ReplyTo is { } reply)
        {
            builder.Reply(reply.AccountId, roomId, reply.MessageId).Line();
        }

        foreach (var accountId in address?.Mentions ?? [])
        {
            builder.To(accountId);
        }

        if (address?.Mentions.Count > 0)
        {
            builder.Line();
        }

        return builder.Info(notice.Title, b => b.Text(notice.Body.TrimEnd())).ToString();
    }

    private async Task<string?> FindPostedAsync(long roomId, string body, CancellationToken cancellationToken)
    {
        var bot = (await _identity.GetAsync(cancellationToken)).AccountId;
        var latest = await _client.GetMessagesAsync(roomId, force: true, cancellationToken);
        return latest.LastOrDefault(m => m.Account.AccountId == bot && SameText(m.Body, body))?.MessageId;
    }

    // The server may store line breaks as CRLF; the notice is the same either way.
    private static bool SameText(string posted, string rendered) =>
        string.Equals(posted.ReplaceLineEndings("\n").TrimEnd(), rendered.ReplaceLineEndings("\n").TrimEnd(), StringComparison.Ordinal);
}
