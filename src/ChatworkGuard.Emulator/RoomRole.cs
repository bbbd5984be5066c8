namespace ChatworkGuard.Emulator;

/// <summary>A member's role in a room.</summary>
public enum RoomRole
{
    /// <summary>May change the room, its members and its link, and delete it.</summary>
    Admin,

    /// <summary>May read and post.</summary>
    Member,

    /// <summary>May only read.</summary>
    Readonly,
}
