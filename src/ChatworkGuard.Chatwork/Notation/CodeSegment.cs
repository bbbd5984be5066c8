namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A <c>[code]…[/code]</c> block; Chatwork shows its content literally, so it is not parsed.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="Text">The raw content between the tags.</param>
public sealed record CodeSegment(int Start, int Length, string Text) : NotationSegment(Start, Length);
