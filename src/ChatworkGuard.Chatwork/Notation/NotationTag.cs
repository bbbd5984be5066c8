namespace ChatworkGuard.Chatwork.Notation;

/// <summary>
/// One recognised tag found by <see cref="NotationTokenizer"/>. A struct with ranges into the body instead of
/// strings, so tokenising allocates nothing; the tree builder makes strings only for the segments it returns.
/// </summary>
internal readonly record struct NotationTag
{
    public required TagKind Kind { get; init; }

    public required bool IsClosing { get; init; }

    /// <summary>Offset of the '['.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the ']'.</summary>
    public required int End { get; init; }

    public long? AccountId { get; init; }

    public long? Time { get; init; }

    public long RoomId { get; init; }

    public long? Id { get; init; }

    public int? Height { get; init; }

    /// <summary>The message id (reply), the key (dtext), or the status (task), as a range of the body.</summary>
    public Range Value { get; init; }

    /// <summary>The task's limit type, as a range of the body.</summary>
    public Range LimitType { get; init; }

    public bool IsContainer => Kind is TagKind.Quote or TagKind.Code or TagKind.Info or TagKind.Title
        or TagKind.Task or TagKind.Download;

    public static string? Text(string body, Range range) =>
        range.Equals(default(Range)) ? null : body[range];
}
