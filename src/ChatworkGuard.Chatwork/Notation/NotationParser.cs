namespace ChatworkGuard.Chatwork.Notation;

/// <summary>Parses a Chatwork message body into segments. Never throws: unknown, malformed or unbalanced tags stay text.</summary>
public static partial class NotationParser
{
    /// <summary>Paired tags nested deeper than this are kept as text, so hostile input cannot build a deep tree.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="body"/>; a null or empty body gives no segments.</summary>
    public static IReadOnlyList<NotationSegment> Parse(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return [];
        }

        if (!body.Contains('[', StringComparison.Ordinal))
        {
            return [new TextSegment(0, body.Length, body)];
        }

        return new NotationTreeBuilder(body, NotationTokenizer.Tokenize(body)).Build();
    }

    /// <summary>
    /// Yields the text the sender wrote themselves, in order: plain text anywhere except inside quotes, code
    /// blocks and server-written file links.
    /// </summary>
    public static IEnumerable<TextSegment> AuthorText(IEnumerable<NotationSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case TextSegment text:
                    yield return text;
                    break;
                case QuoteSegment or DownloadSegment:
                    break;
                case ContainerSegment container:
                    foreach (var inner in AuthorText(container.Children))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
