namespace ChatworkGuard.Policy.Detection;

/// <summary>A term matched at [Start, End) of the normalised text.</summary>
internal readonly record struct Hit(int Term, int Start, int End);
