namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A mention of everyone in the room, <c>[toall]</c>.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
public sealed record ToAllSegment(int Start, int Length) : NotationSegment(Start, Length);
