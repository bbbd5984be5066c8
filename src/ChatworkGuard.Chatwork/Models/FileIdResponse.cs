namespace ChatworkGuard.Chatwork.Models;

/// <summary><c>{"file_id":…}</c>.</summary>
internal sealed record FileIdResponse
{
    public long FileId { get; init; }
}
