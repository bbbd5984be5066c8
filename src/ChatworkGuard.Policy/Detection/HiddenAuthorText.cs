namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// The sender's words that the notation would hide from the detector: contact handles and invite links written
/// inside <c>[code]</c> (a code block is not the author's prose, but a LINE link in one still reaches the reader),
/// and a <c>[qt]</c> whose <c>qtmeta aid</c> is the sender (quoting yourself is still your own text).
/// </summary>
internal static partial class HiddenAuthorText
{
    // The patterns run without backtracking, so their time is linear in the body: a 50 ms timeout used to fire on an
    // ordinary message when the machine was busy (the detector then missed a handle in [code]). The timeout stays as a
    // last resort and is generous enough that load alone cannot reach it.
    private const int TimeoutMilliseconds = 1000;
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Adds the hidden ranges of <paramref name="body"/> to <paramref name="ranges"/>, in body order.</summary>
    public static void Find(string body, long? senderAccountId, List<Range> ranges)
    {
        if (!body.Contains('[', StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            foreach (Match block in CodeBlock().Matches(body))
            {
                var inner = block.Groups["inner"];
                foreach (var token in ContactToken().EnumerateMatches(body.AsSpan(inner.Index, inner.Length)))
                {
                    ranges.Add((inner.Index + token.Index)..(inner.Index + token.Index + token.Length));
                }
            }

            if (senderAccountId is { } sender)
            {
                foreach (Match quote in SelfQuote().Matches(body))
                {
                    if (long.TryParse(quote.Groups["aid"].ValueSpan, out var aid) && aid == sender)
                    {
                        var inner = quote.Groups["inner"];
                        ranges.Add(inner.Index..(inner.Index + inner.Length));
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological body gets the ordinary author text only; detection of the rest still runs.
        }

        ranges.Sort((a, b) => a.Start.Value.CompareTo(b.Start.Value));
    }

    [GeneratedRegex(@"\[code\](?<inner>.*?)\[/code\]", Linear | RegexOptions.Singleline, TimeoutMilliseconds)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"(?:https?://)?(?:lin\.ee|line\.me|t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|discord\.gg|discord(?:app)?\.com/invite)/[\w\-/?=&.%]+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:\+81[\-\s]?|0)\d{1,4}[\-\s]?\d{1,4}[\-\s]?\d{3,4}", Linear, TimeoutMilliseconds)]
    private static partial Regex ContactToken();

    [GeneratedRegex(@"\[qt\]\[qtmeta aid=(?<aid>\d{1,19})[^\]]*\](?<inner>.*?)\[/qt\]", Linear | RegexOptions.Singleline, TimeoutMilliseconds)]
    private static partial Regex SelfQuote();
}
