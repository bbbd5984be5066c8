namespace ChatworkGuard.Policy.Detection;

/// <summary>What the detector found in one message.</summary>
/// <param name="Categories">The warning categories found, sorted ordinally; empty when nothing warrants a warning.</param>
/// <param name="Signals">The signals found (work-start), sorted ordinally.</param>
/// <param name="Findings">One finding per rule that fired, in rule order.</param>
public sealed record DetectionResult(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Signals,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The result for a message in which nothing fired; shared, so clean messages allocate nothing.</summary>
    public static DetectionResult Empty { get; } = new([], [], []);

    /// <summary>True when at least one warning category was found.</summary>
    public bool ShouldWarn => Categories.Count > 0;

    /// <summary>The ids of the rules whose patterns ran past their time limit on this message (counted as no match
    /// there), in rule order. A sender can craft text that makes a pattern backtrack; the caller reports it.</summary>
    public IReadOnlyList<string> TimedOutRuleIds { get; init; } = [];

    /// <summary>The ids of the rules that fired, sorted ordinally.</summary>
    public IReadOnlyList<string> RuleIds => [.. Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal)];
}
