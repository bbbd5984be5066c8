namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>One warning on the warnings page.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="RoomName">The room's name.</param>
/// <param name="Sequence">The warning record's place in the room's chain.</param>
/// <param name="At">When the bot archived it.</param>
/// <param name="Posted">True when posted, false when held back by the cooldown.</param>
/// <param name="Categories">The categories it names.</param>
/// <param name="Excerpt">The words that triggered it.</param>
internal sealed record WarningEntry(long RoomId, string RoomName, long Sequence, DateTimeOffset At, bool Posted, IReadOnlyList<string> Categories, string? Excerpt);
