namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A mention, <c>[To:account_id]</c>.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
/// <param name="AccountId">The mentioned account.</param>
public sealed record ToSegment(int Start, int Length, long AccountId) : NotationSegment(Start, Length);
