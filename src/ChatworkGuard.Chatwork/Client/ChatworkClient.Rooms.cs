namespace ChatworkGuard.Chatwork.Client;

/// <summary>Rooms, members and the invitation link.</summary>
internal sealed partial class ChatworkClient
{
    public Task<IReadOnlyList<Room>> GetRoomsAsync(CancellationToken cancellationToken = default) =>
        SendListAsync(Read("rooms"), ChatworkJsonContext.Default.IReadOnlyListRoom, cancellationToken);

    public Task<Room> GetRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read($"rooms/{Id(roomId)}"), ChatworkJsonContext.Default.Room, cancellationToken);

    public async Task<long> CreateRoomAsync(NewRoom room, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentException.ThrowIfNullOrWhiteSpace(room.Name, nameof(room));
        if (room.AdminIds.Count == 0)
        {
            throw new ArgumentException("A new room needs at least one admin.", nameof(room));
        }

        var request = Write(Method.Post, "rooms")
            .WithForm("name", room.Name)
            .WithForm("members_admin_ids", Csv(room.AdminIds));
        AddIfAny(request, "members_member_ids", room.MemberIds);
        AddIfAny(request, "members_readonly_ids", room.ReadonlyIds);
        if (room.Description is { } description)
        {
            request.WithForm("description", description);
        }

        if (room.IconPreset is { } icon)
        {
            request.WithForm("icon_preset", icon);
        }

        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.RoomIdResponse, cancellationToken)).RoomId;
    }

    public async Task<long> UpdateRoomAsync(long roomId, string? name = null, string? description = null, string? iconPreset = null, CancellationToken cancellationToken = default)
    {
        var request = Write(Method.Put, $"rooms/{Id(roomId)}");
        if (name is not null)
        {
            request.WithForm("name", name);
        }

        if (description is not null)
        {
            request.WithForm("description", description);
        }

        if (iconPreset is not null)
        {
            request.WithForm("icon_preset", iconPreset);
        }

        return (await SendRequiredAsync(request, ChatworkJsonContext.Default.RoomIdResponse, cancellationToken)).RoomId;
    }

    public async Task LeaveRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        await _transport.SendAsync(Write(Method.Delete, $"rooms/{Id(roomId)}").WithForm("action_type", "leave"), cancellationToken);

    public async Task DeleteRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        await _transport.SendAsync(Write(Method.Delete, $"rooms/{Id(roomId)}").WithForm("action_type", "delete"), cancellationToken);

    public Task<IReadOnlyList<RoomMember>> GetMembersAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendListAsync(Read($"rooms/{Id(roomId)}/members"), ChatworkJsonContext.Default.IReadOnlyListRoomMember, cancellationToken);

    public Task<RoomMembersChange> UpdateMembersAsync(long roomId, IReadOnlyCollection<long> adminIds, IReadOnlyCollection<long>? memberIds = null,
        IReadOnlyCollection<long>? readonlyIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adminIds);
        if (adminIds.Count == 0)
        {
            throw new ArgumentException("A room needs at least one admin.", nameof(adminIds));
        }

        var request = Write(Method.Put, $"rooms/{Id(roomId)}/members").WithForm("members_admin_ids", Csv(adminIds));
        AddIfAny(request, "members_member_ids", memberIds);
        AddIfAny(request, "members_readonly_ids", readonlyIds);
        return SendRequiredAsync(request, ChatworkJsonContext.Default.RoomMembersChange, cancellationToken);
    }

    public Task<RoomLink> GetRoomLinkAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendRequiredAsync(Read($"rooms/{Id(roomId)}/link"), ChatworkJsonContext.Default.RoomLink, cancellationToken);

    private static void AddIfAny(ApiRequest request, string name, IReadOnlyCollection<long>? ids)
    {
        if (ids is { Count: > 0 })
        {
            request.WithForm(name, Csv(ids));
        }
    }
}
