namespace ChatworkGuard.Policy.Detection;

/// <summary>One expanded term: folded text with its edge flags, or a built-in detector.</summary>
internal readonly record struct TermSpec(string Text, TermFlags Flags, TokenDetector? Detector);
