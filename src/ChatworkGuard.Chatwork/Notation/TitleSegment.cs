namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A <c>[title]…[/title]</c> line, normally the first thing inside an info box.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="Children">The title's content.</param>
public sealed record TitleSegment(int Start, int Length, IReadOnlyList<NotationSegment> Children)
    : ContainerSegment(Start, Length, Children);
