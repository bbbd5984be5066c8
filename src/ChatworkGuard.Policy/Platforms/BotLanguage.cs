namespace ChatworkGuard.Policy.Platforms;

/// <summary>The language the bot writes in for a room.</summary>
public enum BotLanguage
{
    /// <summary>Japanese, the default.</summary>
    Ja,

    /// <summary>English.</summary>
    En,
}
