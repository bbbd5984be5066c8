namespace ChatworkGuard.Policy.Detection;

/// <summary>One rule that fired, with where in the original body it matched.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Category">The warning category, or the signal name when <paramref name="IsSignal"/>.</param>
/// <param name="IsSignal">True for a signal (work-start), which never warns by itself.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Start">Offset of the matched excerpt in the original body.</param>
/// <param name="Length">Length of the matched excerpt in the original body.</param>
/// <param name="Excerpt">The excerpt exactly as the author wrote it (neutralise it before echoing it into a room).</param>
public sealed record Finding(
    string RuleId,
    string Category,
    bool IsSignal,
    RuleSeverity Severity,
    int Start,
    int Length,
    string Excerpt);
