namespace ChatworkGuard.Chatwork.Notation;

/// <summary>A <c>[task aid= st= lt= ltype=]…[/task]</c> tag that the server writes into task messages.</summary>
/// <param name="Start">Offset of the opening tag.</param>
/// <param name="Length">Length up to the end of the closing tag.</param>
/// <param name="AccountId">The assignee, when given.</param>
/// <param name="Status">The status (<c>open</c> or <c>done</c>), when given.</param>
/// <param name="LimitTime">The deadline in unix seconds, when given.</param>
/// <param name="LimitType">The deadline type (<c>none</c>, <c>date</c>, <c>time</c>), when given.</param>
/// <param name="Children">The task body.</param>
public sealed record TaskSegment(
    int Start,
    int Length,
    long? AccountId,
    string? Status,
    long? LimitTime,
    string? LimitType,
    IReadOnlyList<NotationSegment> Children)
    : ContainerSegment(Start, Length, Children);
