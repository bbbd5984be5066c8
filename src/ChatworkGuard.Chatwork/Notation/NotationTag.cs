namespace ChatworkGuard.Chatwork.Notation;

/// <summary>One recognised tag found by <see cref="NotationTokenizer"/>, with its parsed attributes.</summary>
internal sealed class NotationTag
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

    public string? MessageId { get; init; }

    public long? Id { get; init; }

    public int? Height { get; init; }

    public string? Key { get; init; }

    public string? Status { get; init; }

    public string? LimitType { get; init; }

    public bool IsContainer => Kind is TagKind.Quote or TagKind.Code or TagKind.Info or TagKind.Title
        or TagKind.Task or TagKind.Download;
}
