namespace ChatworkGuard.Policy.Detection;

/// <summary>
/// Compiles the built-in rules plus the configured ones into a <see cref="CompiledRuleSet"/>. Every problem is
/// collected with the rule it belongs to, so one start-up failure lists them all.
/// </summary>
internal sealed partial class RuleCompiler
{
    private const string NegationList = "negation";
    private const string RuleQuotingList = "rule-quoting";

    private readonly RuleSetDocument _builtIn;
    private readonly TermExpander _expander;
    private readonly List<string> _errors = [];
    private readonly Dictionary<(string Text, TermFlags Flags), int> _textTerms = [];
    private readonly List<string> _termTexts = [];
    private readonly List<TermFlags> _termFlags = [];
    private readonly Dictionary<string, int> _detectorKeys = new(StringComparer.Ordinal);
    private readonly List<(string Kind, string Key)> _pseudoTerms = [];
    private readonly Dictionary<string, int> _setKeys = new(StringComparer.Ordinal);
    private readonly List<int[]> _sets = [];

    private RuleCompiler(RuleSetDocument builtIn)
    {
        _builtIn = builtIn;
        _expander = new TermExpander(builtIn.Vocabulary);
    }

    /// <summary>Compiles, or returns null with every problem in <paramref name="errors"/>.</summary>
    public static CompiledRuleSet? Compile(RuleSetDocument builtIn, DetectionOptions options, out IReadOnlyList<string> errors)
    {
        var compiler = new RuleCompiler(builtIn);
        var result = compiler.Run(options);
        errors = compiler._errors;
        return compiler._errors.Count == 0 ? result : null;
    }

    private CompiledRuleSet Run(DetectionOptions options)
    {
        var sources = new List<(RuleOptions Rule, string Owner)>();
        sources.AddRange(_builtIn.Rules.Select(r => (r, $"built-in rule '{r.Id}'")));
        sources.AddRange(options.Rules.Select((r, i) => (r, $"Detection:Rules:{i} (id '{r.Id}')")));
        CheckIds(sources, options.DisabledRules);

        var disabled = new HashSet<string>(options.DisabledRules.Select(d => d.Trim()), StringComparer.OrdinalIgnoreCase);
        var rules = new List<(RuleOptions Rule, string Owner, int Anchor, int PatternTerm)>();
        foreach (var (rule, owner) in sources)
        {
            if (disabled.Contains(rule.Id))
            {
                continue;
            }

            var patternTerm = rule.Patterns.Count > 0 ? AddPseudoTerm("pattern", rule.Id) : -1;
            var anchorSpecs = _expander.Expand(rule.Terms, $"{owner} Terms", _errors);
            if (rule.Terms.Count == 0 && rule.Patterns.Count == 0)
            {
                _errors.Add($"{owner}: it has neither Terms nor Patterns, so it can never fire.");
            }

            rules.Add((rule, owner, AddSet(anchorSpecs, patternTerm), patternTerm));
        }

        var compiled = rules.Select(r => CompileRule(r.Rule, r.Owner, r.Anchor, r.PatternTerm)).ToArray();
        // Every vocabulary list is also a set of its own, so the model can read "a payment method was named" even
        // where no rule's context matched.
        var vocabulary = _builtIn.Vocabulary.Keys.Order(StringComparer.Ordinal)
            .Select(name => (name, AddSet(_expander.Expand(["@" + name], $"built-in vocabulary '{name}'", _errors), -1)))
            .ToArray();
        return Assemble(compiled, vocabulary);
    }

    private void CheckIds(List<(RuleOptions Rule, string Owner)> sources, List<string> disabledRules)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, owner) in sources)
        {
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                _errors.Add($"{owner}: Id is empty; every rule needs a unique id.");
            }
            else if (!seen.Add(rule.Id))
            {
                _errors.Add($"{owner}: the id '{rule.Id}' is already used by another rule; to replace a built-in rule, add its id to Detection:DisabledRules and give yours a new id.");
            }
        }

        foreach (var id in disabledRules)
        {
            if (!seen.Contains(id?.Trim() ?? ""))
            {
                _errors.Add($"Detection:DisabledRules: '{id}' is not the id of any rule, so nothing would be disabled. Check the spelling (ids are listed by `chatwork-guard check-config`).");
            }
        }
    }

    private CompiledRule CompileRule(RuleOptions rule, string owner, int anchor, int patternTerm)
    {
        var category = Categories.IndexOf(rule.Category);
        if (category < 0)
        {
            _errors.Add($"{owner}: Category '{rule.Category}' is unknown; use one of {string.Join(", ", Categories.Names)}.");
            category = 0;
        }

        if (!Enum.TryParse<RuleSeverity>(rule.Severity, ignoreCase: true, out var severity) || !Enum.IsDefined(severity))
        {
            _errors.Add($"{owner}: Severity '{rule.Severity}' is unknown; use Low, Medium or High.");
        }

        var context = rule.Context.Select((c, i) => CompileCondition(c, $"{owner} Context:{i}", isException: false)).ToList();
        var exceptions = rule.Exceptions.Select((c, i) => CompileCondition(c, $"{owner} Exceptions:{i}", isException: true)).ToList();
        if (rule.Negation)
        {
            exceptions.Add(BuiltInException(NegationList, owner));
        }

        if (rule.RuleQuoting)
        {
            exceptions.Add(BuiltInException(RuleQuotingList, owner));
        }

        var suppressedBy = 0;
        foreach (var name in rule.SuppressedBy)
        {
            var index = Categories.IndexOf(name);
            if (index < 0)
            {
                _errors.Add($"{owner}: SuppressedBy '{name}' is not a category; use one of {string.Join(", ", Categories.Names)}.");
                continue;
            }

            suppressedBy |= 1 << index;
        }

        return new CompiledRule
        {
            Id = rule.Id,
            Category = category,
            Severity = severity,
            AnchorSet = anchor,
            Context = [.. context],
            Exceptions = [.. exceptions],
            SuppressedByMask = suppressedBy,
            Patterns = [.. rule.Patterns.Select((p, i) => CompilePattern(p, $"{owner} Patterns:{i}")).OfType<Regex>()],
            PatternTerm = patternTerm,
        };
    }

    private CompiledCondition BuiltInException(string list, string owner)
    {
        var specs = _expander.Expand(["@" + list], $"{owner} (built-in {list} exception)", _errors);
        // "never" is a refusal, "they'll never know" is not: each shared list may carry its own cancelling list.
        var unlessList = list + "-unless";
        var unless = _builtIn.Vocabulary.ContainsKey(unlessList)
            ? AddSet(_expander.Expand(["@" + unlessList], $"{owner} (built-in {list} exception)", _errors), -1)
            : -1;
        return new CompiledCondition(AddSet(specs, -1), ConditionScope.Sentence, 0, ConditionSide.Any, unless);
    }

    private CompiledCondition CompileCondition(RuleConditionOptions condition, string owner, bool isException)
    {
        if (condition.Terms.Count == 0)
        {
            _errors.Add($"{owner}: Terms is empty.");
        }

        if (!isException && condition.Unless.Count > 0)
        {
            _errors.Add($"{owner}: Unless only applies to exceptions.");
        }

        var (scope, window) = ParseWithin(condition.Within, owner);
        var side = ParseSide(condition.Side, owner);
        var set = AddSet(_expander.Expand(condition.Terms, owner, _errors), -1);
        var unless = condition.Unless.Count == 0 ? -1 : AddSet(_expander.Expand(condition.Unless, $"{owner} Unless", _errors), -1);
        return new CompiledCondition(set, scope, window, side, unless);
    }

    private (ConditionScope Scope, int Window) ParseWithin(string? within, string owner)
    {
        var text = within?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("sentence", StringComparison.OrdinalIgnoreCase))
        {
            return (ConditionScope.Sentence, 0);
        }

        if (text.Equals("message", StringComparison.OrdinalIgnoreCase))
        {
            return (ConditionScope.Message, 0);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var window) && window <= DetectionDefaults.MaxWindow)
        {
            return (ConditionScope.Window, window);
        }

        _errors.Add($"{owner}: Within '{within}' is invalid; use 'sentence', 'message' or a number of characters from 0 to {DetectionDefaults.MaxWindow}.");
        return (ConditionScope.Sentence, 0);
    }

    private ConditionSide ParseSide(string? side, string owner)
    {
        if (Enum.TryParse<ConditionSide>(side?.Trim() ?? "any", ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        _errors.Add($"{owner}: Side '{side}' is invalid; use any, before or after.");
        return ConditionSide.Any;
    }

    private Regex? CompilePattern(string pattern, string owner)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, DetectionDefaults.RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            _errors.Add($"{owner}: '{pattern}' is not a valid regular expression: {ex.Message}");
            return null;
        }
    }
}
