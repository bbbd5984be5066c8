namespace ChatworkGuard.Bot.Ingest;

/// <summary>Where the bot stands with a room, as the archive says.</summary>
internal enum RoomLifecycle
{
    /// <summary>The archive has nothing for the room: the bot has not joined it.</summary>
    Unknown,

    /// <summary>The bot joined the room and has not lost it.</summary>
    Active,

    /// <summary>The room was deleted or the bot was removed (the last lifecycle record is room-lost).</summary>
    Lost,
}
