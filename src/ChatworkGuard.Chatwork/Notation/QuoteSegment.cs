namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A quote: <c>[qt][qtmeta aid= time=]…[/qt]</c> or the localised <c>[引用 aid= time=]…[/引用]</c>.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="AccountId">The quoted author's account id, when the quote carries its meta.</param>
/// <param name="Time">The quoted message's send time in unix seconds, when given.</param>
/// <param name="Children">The quoted content; these are someone else's words, not the sender's.</param>
public sealed record QuoteSegment(int Start, int Length, long? AccountId, long? Time, IReadOnlyList<NotationSegment> Children)
    : ContainerSegment(Start, Length, Children);
