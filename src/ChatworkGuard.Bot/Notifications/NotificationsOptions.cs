namespace ChatworkGuard.Bot.Notifications;

/// <summary>The `Notifications` section: where the team lead hears about lost rooms and escalations.</summary>
public sealed class NotificationsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Notifications";

    /// <summary>The team lead's notification room. Default: null, meaning the bot's My chat.</summary>
    public long? RoomId { get; set; }
}
