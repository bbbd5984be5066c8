namespace ChatworkGuard.Chatwork.Client;

/// <summary>The reads of rooms, members and messages that syncing needs, at a chosen priority.</summary>
/// <remarks>Errors as for <see cref="IChatworkClient"/>; lists answered with 204 come back empty.</remarks>
public interface IChatworkRoomReader
{
    /// <summary>The priority this view's reads run at (writes always run at <see cref="RequestPriority.Post"/>).</summary>
    RequestPriority ReadPriority { get; }

    /// <summary>A view of this client whose reads run at <paramref name="priority"/>, e.g. <see cref="RequestPriority.Resync"/> for background re-reads.</summary>
    IChatworkRoomReader WithReadPriority(RequestPriority priority);

    /// <summary><c>GET /rooms</c>: every room the account is in (no description).</summary>
    Task<IReadOnlyList<Room>> GetRoomsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}</c>: one room with its description.</summary>
    Task<Room> GetRoomAsync(long roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/members</c>.</summary>
    Task<IReadOnlyList<RoomMember>> GetMembersAsync(long roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/messages</c>: up to 100 messages, oldest first; <paramref name="force"/> = latest 100 regardless of
    /// the server-side cursor (the bot always uses it, since the cursor is shared with anyone else using the account).</summary>
    Task<IReadOnlyList<Message>> GetMessagesAsync(long roomId, bool force = true, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{id}/messages/{message_id}</c>.</summary>
    Task<Message> GetMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default);
}
