namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A horizontal rule, <c>[hr]</c>.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
public sealed record HorizontalRuleSegment(int Start, int Length) : NotationSegment(Start, Length);
