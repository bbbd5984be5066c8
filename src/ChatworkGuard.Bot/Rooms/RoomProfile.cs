namespace ChatworkGuard.Bot.Rooms;

/// <summary>A room's effective profile: configured values, else what members set by command, else what the bot
/// inferred from the room, else the defaults.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Platform">The platform whose rules the bot cites.</param>
/// <param name="Language">The language the bot writes in.</param>
/// <param name="ContractorAccountIds">Accounts that may confirm escrow besides room admins.</param>
/// <param name="NotificationRoomId">The team lead's room, or null for the bot's My chat.</param>
public sealed record RoomProfile(
    long RoomId,
    Platform Platform,
    BotLanguage Language,
    IReadOnlyList<long> ContractorAccountIds,
    long? NotificationRoomId)
{
    /// <summary>The client side (by default the room's admins other than the bot).</summary>
    public IReadOnlyList<long> ClientAccountIds { get; init; } = [];

    /// <summary>Where the platform and each role came from.</summary>
    public RoomProfileSources Sources { get; init; } = RoomProfileSources.Defaults;
}
