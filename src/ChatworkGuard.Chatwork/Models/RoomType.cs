namespace ChatworkGuard.Chatwork.Models;

/// <summary>A room's kind (<c>type</c>).</summary>
[JsonConverter(typeof(TolerantEnumConverter<RoomType>))]
public enum RoomType
{
    /// <summary>A value this client does not know.</summary>
    Unknown,

    /// <summary>The account's own My chat.</summary>
    My,

    /// <summary>A one-to-one chat.</summary>
    Direct,

    /// <summary>A group chat.</summary>
    Group,
}
