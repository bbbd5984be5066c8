using System.Text;
using System.Text.RegularExpressions;
using ChatworkGuard.Policy.Detection;

namespace ChatworkGuard.Benchmarks.Policy;

/// <summary>
/// The baseline the detector is compared with: the same built-in rules, but one compiled Regex per rule (its terms
/// as an alternation) run over every message after a plain NFKC + lower-case pass, with each context group as one
/// more Regex checked when the rule's own Regex matched. This is how a keyword filter is usually written.
/// </summary>
public sealed class NaiveRegexDetector
{
    private readonly (string Category, Regex Anchor, Regex[] Context)[] _rules;

    public NaiveRegexDetector()
    {
        var document = BuiltInRules.Document;
        var expander = new TermExpander(document.Vocabulary);
        var errors = new List<string>();
        _rules = [.. document.Rules
            .Select(rule => (rule.Category, Anchor: ToRegex(expander.Expand(rule.Terms, rule.Id, errors)),
                Context: rule.Context.Select(c => ToRegex(expander.Expand(c.Terms, rule.Id, errors))).ToArray()))
            .Where(r => r.Anchor is not null)
            .Select(r => (r.Category, r.Anchor!, r.Context.OfType<Regex>().ToArray()))];
    }

    public int RuleCount => _rules.Length;

    /// <summary>The categories whose rules match; a bit mask in rule order is enough for a throughput baseline.</summary>
    public int Detect(string body)
    {
        var text = body.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var found = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            var (_, anchor, context) = _rules[i];
            if (anchor.IsMatch(text) && context.All(c => c.IsMatch(text)))
            {
                found |= 1 << (i % 31);
            }
        }

        return found;
    }

    private static Regex? ToRegex(List<TermSpec> terms)
    {
        var words = terms.Where(t => t.Detector is null).Select(t => Regex.Escape(t.Text)).Distinct().ToArray();
        return words.Length == 0 ? null : new Regex(string.Join('|', words), RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
