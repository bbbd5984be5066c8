namespace ChatworkGuard.Chatwork.Models;

/// <summary>The error body <c>{"errors":["…"]}</c>.</summary>
internal sealed record ErrorResponse
{
    public IReadOnlyList<string>? Errors { get; init; }
}
