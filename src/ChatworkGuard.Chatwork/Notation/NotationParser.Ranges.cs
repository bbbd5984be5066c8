namespace ChatworkGuard.Chatwork.Notation;

/// <summary>The sender's own text as ranges, without building segments: the detector's allocation-free path.</summary>
public static partial class NotationParser
{
    /// <summary>An upper bound for the number of ranges <see cref="GetAuthorTextRanges"/> can write for <paramref name="body"/>.</summary>
    public static int MaxAuthorTextRanges(string? body) =>
        string.IsNullOrEmpty(body) ? 0 : body.AsSpan().Count('[') + 1;

    /// <summary>
    /// Writes the ranges of <paramref name="body"/> that <see cref="AuthorText"/> would yield, in order, and returns
    /// how many; the same text, found without allocating. <paramref name="destination"/> needs
    /// <see cref="MaxAuthorTextRanges"/> entries.
    /// </summary>
    public static int GetAuthorTextRanges(string? body, Span<Range> destination)
    {
        if (string.IsNullOrEmpty(body))
        {
            return 0;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MaxAuthorTextRanges(body), nameof(destination));
        if (!body.Contains('[', StringComparison.Ordinal))
        {
            destination[0] = 0..body.Length;
            return 1;
        }

        var tags = new PooledList<NotationTag>(8);
        var roles = new PooledList<TagRole>(8);
        try
        {
            NotationTokenizer.Tokenize(body, ref tags);
            AuthorTextScanner.AssignRoles(tags.AsSpan(), ref roles);
            return AuthorTextScanner.WriteRanges(body.Length, tags.AsSpan(), roles.AsSpan(), destination);
        }
        finally
        {
            tags.Dispose();
            roles.Dispose();
        }
    }
}
