namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A paired tag (<c>[tag]…[/tag]</c>) whose content is itself parsed notation.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length from the opening tag to the end of the closing tag.</param>
/// <param name="Children">The parsed content between the tags.</param>
public abstract record ContainerSegment(int Start, int Length, IReadOnlyList<NotationSegment> Children)
    : NotationSegment(Start, Length);
