namespace ChatworkGuard.Chatwork.Notation;

/// <summary>An <c>[info]…[/info]</c> box; a title, when present, is a <see cref="TitleSegment"/> child.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="Children">The box's content.</param>
public sealed record InfoSegment(int Start, int Length, IReadOnlyList<NotationSegment> Children)
    : ContainerSegment(Start, Length, Children)
{
    /// <summary>The box's first title, or null.</summary>
    public TitleSegment? Title => Children.OfType<TitleSegment>().FirstOrDefault();
}
