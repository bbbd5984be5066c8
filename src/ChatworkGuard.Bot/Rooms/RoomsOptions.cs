namespace ChatworkGuard.Bot.Rooms;

/// <summary>The `Rooms` configuration section: which rooms are watched and how each is treated.</summary>
public sealed class RoomsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Rooms";

    /// <summary>All rooms, or only the allow list. Default: All.</summary>
    public RoomWatchMode WatchMode { get; set; } = RoomWatchMode.All;

    /// <summary>Rooms watched in AllowList mode. Default: none.</summary>
    public IList<long> Allow { get; init; } = [];

    /// <summary>Rooms never watched, whatever the mode. Default: none.</summary>
    public IList<long> Deny { get; init; } = [];

    /// <summary>Per-room profiles keyed by room id. Default: none.</summary>
    public IDictionary<string, RoomProfileOptions> Profiles { get; init; } = new Dictionary<string, RoomProfileOptions>();

    /// <summary>The platform of rooms without a profile. Default: Other.</summary>
    public Platform DefaultPlatform { get; set; } = Platform.Other;

    /// <summary>The language of rooms without a profile. Default: Ja.</summary>
    public BotLanguage DefaultLanguage { get; set; } = BotLanguage.Ja;

    /// <summary>Whether room members may set the platform and roles with a command to the bot (`@bot 受注者は私です`,
    /// `@bot プラットフォーム ランサーズ`). A part set in Rooms:Profiles is never changed by a command. Default: true.</summary>
    public bool AllowProfileCommands { get; set; } = true;

    /// <summary>Whether the bot introduces itself when it joins a room. Default: true.</summary>
    public bool PostIntroNotice { get; set; } = true;
}
