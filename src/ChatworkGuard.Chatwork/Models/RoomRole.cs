namespace ChatworkGuard.Chatwork.Models;

/// <summary>A member's role in a room (<c>role</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<RoomRole>))]
public enum RoomRole
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>May manage the room.</summary>
    Admin,

    /// <summary>May post.</summary>
    Member,

    /// <summary>May only read.</summary>
    Readonly,
}
