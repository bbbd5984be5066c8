namespace ChatworkGuard.Bot.Rooms;

/// <summary>Which of the bot's rooms it watches.</summary>
public enum RoomWatchMode
{
    /// <summary>Every room the bot is a member of, except those on the deny list.</summary>
    All,

    /// <summary>Only the rooms on the allow list, except those on the deny list.</summary>
    AllowList,
}
