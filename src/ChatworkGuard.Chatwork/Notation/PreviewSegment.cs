namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A thumbnail the server writes into file messages, <c>[preview id= ht=]</c>.</summary>
/// <param name="Start">Offset of the tag.</param>
/// <param name="Length">Length of the tag.</param>
/// <param name="FileId">The file id.</param>
/// <param name="Height">The thumbnail height in pixels, when given.</param>
public sealed record PreviewSegment(int Start, int Length, long FileId, int? Height) : NotationSegment(Start, Length);
