namespace ChatworkGuard.Bot.Accounts;

/// <summary>The bot's <see cref="IChatworkPoster"/>: warnings, reminders, intros, team-lead notices and witness posts go
/// out as the account that owns the room (<see cref="RoomMembership"/>), which is a member of it; the check for an
/// earlier identical post looks for that same account's message.</summary>
internal sealed class RoomRoutedPoster : IChatworkPoster
{
    private readonly RoomMembership _membership;

    public RoomRoutedPoster(RoomMembership membership) => _membership = membership;

    public async Task<string> PostMessageAsync(long roomId, string body, bool selfUnread = false, CancellationToken cancellationToken = default) =>
        await (await _membership.ClientForAsync(roomId, cancellationToken)).PostMessageAsync(roomId, body, selfUnread, cancellationToken);

    public async Task<string?> FindOwnPostAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default) =>
        await (await _membership.ClientForAsync(roomId, cancellationToken)).FindOwnPostAsync(roomId, body, sentSince, cancellationToken);

    public async Task<IReadOnlyList<string>> FindOwnPostsAsync(long roomId, string body, DateTimeOffset? sentSince = null, CancellationToken cancellationToken = default) =>
        await (await _membership.ClientForAsync(roomId, cancellationToken)).FindOwnPostsAsync(roomId, body, sentSince, cancellationToken);
}
