namespace ChatworkGuard.Policy.Detection;

/// <summary>One expanded term: folded text with its edge flags, or a built-in detector name.</summary>
internal readonly record struct TermSpec(string Text, TermFlags Flags, string? Detector);
