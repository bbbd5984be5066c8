namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A <c>[download:id]name (size)[/download]</c> link the server writes into file messages.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="FileId">The file id.</param>
/// <param name="Children">The link text (file name and size).</param>
public sealed record DownloadSegment(int Start, int Length, long FileId, IReadOnlyList<NotationSegment> Children)
    : ContainerSegment(Start, Length, Children);
