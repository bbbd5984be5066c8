using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Bot.Rooms;

/// <summary>One room's profile in `Rooms:Profiles:{roomId}`; unset values fall back to the defaults.</summary>
public sealed class RoomProfileOptions
{
    /// <summary>The platform the project came from. Default: Rooms:DefaultPlatform.</summary>
    public Platform? Platform { get; set; }

    /// <summary>The language the bot writes in (Ja or En). Default: Rooms:DefaultLanguage.</summary>
    public BotLanguage? Language { get; set; }

    /// <summary>Accounts (besides room admins) who may confirm escrow. Default: none.</summary>
    public IList<long> ContractorAccountIds { get; init; } = [];

    /// <summary>The team lead's room for notices about this room. Default: Notifications:RoomId.</summary>
    public long? NotificationRoomId { get; set; }
}
