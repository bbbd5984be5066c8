namespace ChatworkGuard.Chatwork.Notation;

/// <summary>Plain text, including anything that looked like a tag but is not one Chatwork renders.</summary>
/// <param name="Start">Offset of the text in the original body.</param>
/// <param name="Length">Length of the text.</param>
/// <param name="Text">The text exactly as written.</param>
public sealed record TextSegment(int Start, int Length, string Text) : NotationSegment(Start, Length);
