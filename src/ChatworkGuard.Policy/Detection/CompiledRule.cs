namespace ChatworkGuard.Policy.Detection;

/// <summary>A rule ready to evaluate: term sets instead of term lists, regexes compiled once.</summary>
/// <remarks>A record so that the compiler can restate a rule with its final pattern term (<c>with</c>).</remarks>
internal sealed record CompiledRule
{
    public required string Id { get; init; }

    /// <summary>Index into <see cref="Categories.Names"/>.</summary>
    public required int Category { get; init; }

    public required RuleSeverity Severity { get; init; }

    public required int AnchorSet { get; init; }

    public required CompiledCondition[] Context { get; init; }

    public required CompiledCondition[] Exceptions { get; init; }

    /// <summary>Bit i set: drop this rule's finding when category i is found too.</summary>
    public required int SuppressedByMask { get; init; }

    public required Regex[] Patterns { get; init; }

    /// <summary>The pseudo-term that pattern matches are recorded as, or -1 without patterns.</summary>
    public required int PatternTerm { get; init; }

    public bool IsSignal => Categories.IsSignal(Category);
}
