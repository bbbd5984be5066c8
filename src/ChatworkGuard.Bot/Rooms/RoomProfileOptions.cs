namespace ChatworkGuard.Bot.Rooms;

/// <summary>One room's profile in `Rooms:Profiles:{roomId}`; unset values fall back to the defaults.</summary>
public sealed class RoomProfileOptions
{
    /// <summary>The platform the project came from. Default: unset, so the room decides: a member's command, else the
    /// platform named in the room's name or description, else Rooms:DefaultPlatform.</summary>
    public Platform? Platform { get; set; }

    /// <summary>The language the bot writes in (Ja or En). Default: Rooms:DefaultLanguage.</summary>
    public BotLanguage? Language { get; set; }

    /// <summary>Accounts (besides room admins) who may confirm escrow. Default: none, so the room decides: a member's
    /// command (`@bot 受注者は私です`), else the room's non-admin members other than the bot.</summary>
    public IList<long> ContractorAccountIds { get; init; } = [];

    /// <summary>The client side. Default: none, so the room decides: a member's command (`@bot 発注者は私です`), else the
    /// room's admins other than the bot.</summary>
    public IList<long> ClientAccountIds { get; init; } = [];

    /// <summary>The team lead's room for notices about this room. Default: Notifications:RoomId.</summary>
    public long? NotificationRoomId { get; set; }
}
