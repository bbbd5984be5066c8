using System.Text.RegularExpressions;

namespace ChatworkGuard.Emulator.State;

/// <summary>Finds whom a body mentions: <c>[To:id]</c> and replies <c>[rp aid=id …]</c>, but not inside
/// <c>[qt]…[/qt]</c>, which has not notified anyone since 2020-11-09 (docs/chatwork-api.md §6).</summary>
internal static partial class Mentions
{
    public static IReadOnlyList<long> Of(string body)
    {
        if (!body.Contains('[', StringComparison.Ordinal))
        {
            return [];
        }

        var outsideQuotes = QuoteBlock().Replace(body, "");
        List<long>? found = null;
        foreach (Match match in MentionTag().Matches(outsideQuotes))
        {
            var id = long.Parse(match.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            found ??= [];
            if (!found.Contains(id))
            {
                found.Add(id);
            }
        }

        return found ?? (IReadOnlyList<long>)[];
    }

    [GeneratedRegex(@"\[qt\].*?\[/qt\]", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteBlock();

    [GeneratedRegex(@"\[(?:To:|rp aid=)(?<id>[0-9]{1,18})", RegexOptions.CultureInvariant)]
    private static partial Regex MentionTag();
}
