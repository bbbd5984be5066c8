namespace ChatworkGuard.Chatwork.Notation;

/// <summary>An account shown inline, <c>[picon:id]</c>, <c>[piconname:id]</c> or <c>[pname:id]</c>; not a mention.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
/// <param name="AccountId">The account shown.</param>
/// <param name="Display">Which of the three forms was used.</param>
public sealed record AccountSegment(int Start, int Length, long AccountId, AccountDisplay Display)
    : NotationSegment(Start, Length);
