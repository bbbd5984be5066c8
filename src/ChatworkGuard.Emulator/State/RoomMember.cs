namespace ChatworkGuard.Emulator.State;

/// <summary>One account's membership and read position in a room; guarded by the room's lock.</summary>
internal sealed class RoomMember(Account account, RoomRole role)
{
    public Account Account { get; } = account;

    public RoomRole Role { get; set; } = role;

    /// <summary>Messages with an id above this are unread; 0 means nothing read.</summary>
    public long ReadUpTo { get; set; }

    /// <summary>Refuses members who may not change the room, its members or its link.</summary>
    public void RequireAdmin()
    {
        if (Role != RoomRole.Admin)
        {
            throw ApiException.Forbidden(ApiErrors.AdminRequired);
        }
    }

    /// <summary>Refuses read-only members, who may not post messages, tasks or files.</summary>
    public void RequireCanPost()
    {
        if (Role == RoomRole.Readonly)
        {
            throw ApiException.Forbidden(ApiErrors.NoPermissionSendEdit);
        }
    }
}
