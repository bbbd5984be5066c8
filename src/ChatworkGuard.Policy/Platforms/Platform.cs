namespace ChatworkGuard.Policy.Platforms;

/// <summary>The crowdsourcing platform a room's project came from; its rules are what the bot cites.</summary>
public enum Platform
{
    /// <summary>A platform without specific rules in the bot; generic wording is used.</summary>
    Other,

    /// <summary>CrowdWorks (crowdworks.jp).</summary>
    CrowdWorks,

    /// <summary>Lancers (lancers.jp).</summary>
    Lancers,

    /// <summary>Coconala (coconala.com).</summary>
    Coconala,
}
