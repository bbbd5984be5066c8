namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>A warning the bot just posted about a message.</summary>
/// <param name="Message">The message warned about.</param>
/// <param name="Categories">The categories warned about.</param>
/// <param name="Profile">The room's profile.</param>
/// <param name="PostedMessageId">The id of the bot's warning message.</param>
internal sealed record WarningPosted(ArchiveRecord Message, IReadOnlyList<string> Categories, RoomProfile Profile, string PostedMessageId);
