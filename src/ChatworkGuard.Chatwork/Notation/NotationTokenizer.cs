namespace ChatworkGuard.Chatwork.Notation;

/// <summary>Finds the recognised tags in a body, left to right; unknown or malformed brackets are skipped (they stay text).</summary>
internal static partial class NotationTokenizer
{
    // Real tags are short; a longer bracket run is prose, and bounding it keeps malformed input linear.
    private const int MaxTagLength = 256;

    public static List<NotationTag> Tokenize(string body)
    {
        var tags = new PooledList<NotationTag>(8);
        try
        {
            Tokenize(body, ref tags);
            return [.. tags.AsSpan()];
        }
        finally
        {
            tags.Dispose();
        }
    }

    /// <summary>Appends every recognised tag of <paramref name="body"/> to <paramref name="tags"/>, allocating nothing.</summary>
    public static void Tokenize(string body, ref PooledList<NotationTag> tags)
    {
        var i = body.IndexOf('[', StringComparison.Ordinal);
        while (i >= 0 && i < body.Length)
        {
            var close = FindClose(body, i);
            if (close < 0)
            {
                i = body.IndexOf('[', i + 1);
                continue;
            }

            if (body[close] == '[')
            {
                // "[[To:1]": the first bracket is text, the second may open a tag.
                i = close;
                continue;
            }

            if (TryParse(body, i, close + 1) is { } tag)
            {
                tags.Add(tag);
            }

            i = body.IndexOf('[', close + 1);
        }
    }

    // Returns the index of the ']' that ends the tag opened at start, or of a '[' that starts over, or -1.
    private static int FindClose(string body, int start)
    {
        var limit = Math.Min(body.Length, start + MaxTagLength);
        for (var j = start + 1; j < limit; j++)
        {
            switch (body[j])
            {
                case ']':
                case '[':
                    return j;
                case '\n':
                case '\r':
                    return -1;
            }
        }

        return -1;
    }

    private static NotationTag? TryParse(string body, int start, int end)
    {
        var content = body.AsSpan(start + 1, end - start - 2);
        if (content.Length == 0)
        {
            return null;
        }

        if (content[0] == '/')
        {
            var kind = ContainerKind(content[1..]);
            return kind is null ? null : new NotationTag { Kind = kind.Value, IsClosing = true, Start = start, End = end };
        }

        var nameEnd = content.IndexOfAny(':', ' ');
        var name = nameEnd < 0 ? content : content[..nameEnd];
        var rest = nameEnd < 0 ? ReadOnlySpan<char>.Empty : content[nameEnd..];
        var restOffset = start + 1 + (nameEnd < 0 ? content.Length : nameEnd);
        return rest.Length > 0 && rest[0] == ':'
            ? ParseValueTag(name, rest[1..], start, end, restOffset + 1)
            : ParseAttributeTag(name, rest, start, end, restOffset);
    }

    private static TagKind? ContainerKind(ReadOnlySpan<char> name)
    {
        if (Is(name, "qt") || Is(name, "引用") || Is(name, "quote"))
        {
            return TagKind.Quote;
        }

        if (Is(name, "code"))
        {
            return TagKind.Code;
        }

        if (Is(name, "info"))
        {
            return TagKind.Info;
        }

        if (Is(name, "title"))
        {
            return TagKind.Title;
        }

        if (Is(name, "task"))
        {
            return TagKind.Task;
        }

        return Is(name, "download") ? TagKind.Download : null;
    }

    private static bool Is(ReadOnlySpan<char> name, string expected) =>
        name.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
