namespace ChatworkGuard.Policy.Detection;

/// <summary>Expands a rule's raw terms: vocabulary references, templates, detectors, edge markers, folding.</summary>
internal sealed class TermExpander
{
    private readonly IReadOnlyDictionary<string, List<string>> _vocabulary;

    public TermExpander(IReadOnlyDictionary<string, List<string>> vocabulary) => _vocabulary = vocabulary;

    /// <summary>Expands <paramref name="raw"/>; problems are added to <paramref name="errors"/> prefixed with <paramref name="owner"/>.</summary>
    public List<TermSpec> Expand(IEnumerable<string> raw, string owner, List<string> errors)
    {
        var result = new List<TermSpec>();
        foreach (var term in raw)
        {
            Expand(term, owner, errors, result, []);
            if (result.Count > DetectionDefaults.MaxExpandedTerms)
            {
                errors.Add($"{owner}: its terms expand to more than {DetectionDefaults.MaxExpandedTerms} words; split the templates.");
                return result;
            }
        }

        return result;
    }

    private void Expand(string? raw, string owner, List<string> errors, List<TermSpec> result, HashSet<string> visiting)
    {
        var term = raw?.Trim() ?? "";
        if (term.Length == 0)
        {
            errors.Add($"{owner}: a term is empty.");
            return;
        }

        if (term[0] == '@' && !term.Contains('{', StringComparison.Ordinal))
        {
            var name = term[1..];
            if (!_vocabulary.TryGetValue(name, out var list))
            {
                errors.Add($"{owner}: the term '{term}' names no vocabulary list; known lists: {string.Join(", ", _vocabulary.Keys.Order(StringComparer.Ordinal))}.");
                return;
            }

            if (!visiting.Add(name))
            {
                errors.Add($"{owner}: the vocabulary list '@{name}' refers to itself.");
                return;
            }

            foreach (var inner in list)
            {
                Expand(inner, $"{owner} (via @{name})", errors, result, visiting);
            }

            visiting.Remove(name);
            return;
        }

        if (term[0] == '#')
        {
            if (!TokenDetectorNames.TryParse(term[1..].ToLowerInvariant(), out var detector))
            {
                errors.Add($"{owner}: '{term}' is not a built-in detector; known: {TokenDetectorNames.Known}.");
                return;
            }

            result.Add(new TermSpec("", TermFlags.None, detector));
            return;
        }

        var (body, noLeft, noRight, kanjiLeft, kanjiRight) = ParseEdges(term);
        foreach (var text in ExpandTemplates(body, owner, errors))
        {
            var folded = Fold(text);
            if (folded.Length == 0)
            {
                errors.Add($"{owner}: the term '{term}' is empty once normalised.");
                continue;
            }

            result.Add(new TermSpec(folded, EdgeFlags(folded, noLeft, noRight, kanjiLeft, kanjiRight), null));
        }
    }

    private List<string> ExpandTemplates(string body, string owner, List<string> errors)
    {
        var open = body.IndexOf("{@", StringComparison.Ordinal);
        if (open < 0)
        {
            return [body];
        }

        var close = body.IndexOf('}', open);
        if (close < 0)
        {
            errors.Add($"{owner}: the term '{body}' has an unclosed '{{@'.");
            return [];
        }

        var name = body[(open + 2)..close];
        var words = new List<TermSpec>();
        Expand("@" + name, owner, errors, words, []);
        var prefix = body[..open];
        var results = new List<string>();
        foreach (var rest in ExpandTemplates(body[(close + 1)..], owner, errors))
        {
            foreach (var word in words)
            {
                if (word.Detector is not null)
                {
                    errors.Add($"{owner}: the template '{{@{name}}}' contains a detector, which cannot be combined with text.");
                    return [];
                }

                results.Add(prefix + word.Text + rest);
            }
        }

        return results;
    }

    private static (string Body, bool NoLeft, bool NoRight, bool KanjiLeft, bool KanjiRight) ParseEdges(string term)
    {
        var body = term;
        bool noLeft = false, noRight = false, kanjiLeft = false, kanjiRight = false;
        if (body.Length > 1 && body[0] is '*' or '<')
        {
            noLeft = body[0] == '*';
            kanjiLeft = body[0] == '<';
            body = body[1..];
        }

        if (body.Length > 1 && body[^1] is '*' or '>')
        {
            noRight = body[^1] == '*';
            kanjiRight = body[^1] == '>';
            body = body[..^1];
        }

        return (body, noLeft, noRight, kanjiLeft, kanjiRight);
    }

    /// <summary>Folds a term exactly as message text is folded, so both meet in the same form.</summary>
    internal static string Fold(string text)
    {
        var folded = CharFolding.FoldString(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd();
    }

    private static TermFlags EdgeFlags(string text, bool noLeft, bool noRight, bool kanjiLeft, bool kanjiRight)
    {
        var flags = TermFlags.None;
        if (!noLeft && char.IsAsciiLetterOrDigit(text[0]))
        {
            flags |= TermFlags.AsciiLeft;
        }

        if (!noRight && char.IsAsciiLetterOrDigit(text[^1]))
        {
            flags |= TermFlags.AsciiRight;
        }

        if (IsKana(text[0]))
        {
            flags |= TermFlags.KanaLeft;
        }

        if (IsKana(text[^1]))
        {
            flags |= TermFlags.KanaRight;
        }

        if (kanjiLeft)
        {
            flags |= TermFlags.KanjiLeft;
        }

        if (kanjiRight)
        {
            flags |= TermFlags.KanjiRight;
        }

        return flags;
    }

    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309F' or 'ー';
}
