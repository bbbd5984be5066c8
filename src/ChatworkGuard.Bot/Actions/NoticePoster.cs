namespace ChatworkGuard.Bot.Actions;

/// <summary>Posts the bot's notices as info boxes, optionally as a reply or with mentions.</summary>
internal sealed class NoticePoster
{
    private readonly IChatworkPoster _chatwork;

    public NoticePoster(IChatworkPoster chatwork) => _chatwork = chatwork;

    /// <summary>Posts <paramref name="notice"/> in <paramref name="roomId"/>; returns the posted body and message id.
    /// During an <see cref="ActionReplay"/> a notice the bot already posted (just before a crash) is not posted again:
    /// its id is returned instead.</summary>
    public async Task<(string Body, string MessageId)> PostAsync(long roomId, Notice notice, NoticeAddress? address, CancellationToken cancellationToken)
    {
        var body = Render(roomId, notice, address);
        if (ActionReplay.IsActive && await FindAsync(roomId, body, cancellationToken) is { } posted)
        {
            return (body, posted);
        }

        var id = await _chatwork.PostMessageAsync(roomId, body, cancellationToken: cancellationToken);
        return (body, id);
    }

    /// <summary>The ids of the bot's posts in <paramref name="roomId"/> (among the latest 100 messages) that read exactly
    /// as <paramref name="notice"/> would be posted, newest first.</summary>
    public Task<IReadOnlyList<string>> FindPostedAsync(long roomId, Notice notice, NoticeAddress? address, CancellationToken cancellationToken) =>
        _chatwork.FindOwnPostsAsync(roomId, Render(roomId, notice, address), cancellationToken: cancellationToken);

    private Task<string?> FindAsync(long roomId, string body, CancellationToken cancellationToken) =>
        _chatwork.FindOwnPostAsync(roomId, body, cancellationToken: cancellationToken);

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
}
