namespace ChatworkGuard.Bot.Actions;

/// <summary>How a message addresses the bot: a [To:bot] or a reply to the bot outside any quote, and the lines the
/// author wrote (quotes, code and file links left out, so a quoted command does nothing).</summary>
internal static class BotCommandLines
{
    /// <summary>Whether the top-level segments address <paramref name="bot"/>.</summary>
    public static bool IsAddressedTo(IEnumerable<NotationSegment> segments, long bot) =>
        segments.Any(s => s is ToSegment to && to.AccountId == bot || s is ReplySegment reply && reply.AccountId == bot);

    /// <summary>The non-empty, trimmed lines of the author's own text.</summary>
    public static IEnumerable<string> Of(IEnumerable<NotationSegment> segments) =>
        string.Concat(NotationParser.AuthorText(segments).Select(t => t.Text))
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);
}
