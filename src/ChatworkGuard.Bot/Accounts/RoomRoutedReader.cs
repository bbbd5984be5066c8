namespace ChatworkGuard.Bot.Accounts;

/// <summary>The bot's <see cref="IChatworkRoomReader"/>: <c>GET /rooms</c> lists every account's rooms, and each room's reads
/// go out as the account that owns it (<see cref="RoomMembership"/>), on that account's budget.</summary>
internal sealed class RoomRoutedReader : IChatworkRoomReader
{
    private readonly RoomMembership _membership;

    public RoomRoutedReader(RoomMembership membership)
        : this(membership, RequestPriority.Read)
    {
    }

    private RoomRoutedReader(RoomMembership membership, RequestPriority priority)
    {
        _membership = membership;
        ReadPriority = priority;
    }

    public RequestPriority ReadPriority { get; }

    public IChatworkRoomReader WithReadPriority(RequestPriority priority) =>
        priority == ReadPriority ? this : new RoomRoutedReader(_membership, priority);

    public Task<IReadOnlyList<Room>> GetRoomsAsync(CancellationToken cancellationToken = default) =>
        _membership.ListAsync(ReadPriority, cancellationToken);

    public async Task<Room> GetRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        await (await ReaderForAsync(roomId, cancellationToken)).GetRoomAsync(roomId, cancellationToken);

    public async Task<IReadOnlyList<Chatwork.Models.RoomMember>> GetMembersAsync(long roomId, CancellationToken cancellationToken = default) =>
        await (await ReaderForAsync(roomId, cancellationToken)).GetMembersAsync(roomId, cancellationToken);

    public async Task<IReadOnlyList<Message>> GetMessagesAsync(long roomId, bool force = true, CancellationToken cancellationToken = default) =>
        await (await ReaderForAsync(roomId, cancellationToken)).GetMessagesAsync(roomId, force, cancellationToken);

    public async Task<Message> GetMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default) =>
        await (await ReaderForAsync(roomId, cancellationToken)).GetMessageAsync(roomId, messageId, cancellationToken);

    private async Task<IChatworkRoomReader> ReaderForAsync(long roomId, CancellationToken cancellationToken) =>
        (await _membership.ClientForAsync(roomId, cancellationToken)).WithReadPriority(ReadPriority);
}
