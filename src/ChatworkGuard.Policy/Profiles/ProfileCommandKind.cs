namespace ChatworkGuard.Policy.Profiles;

/// <summary>Which part of a room's profile a command sets.</summary>
public enum ProfileCommandKind
{
    /// <summary>Who the contractor is (受注者).</summary>
    Contractor,

    /// <summary>Who the client is (発注者).</summary>
    Client,

    /// <summary>Which platform the project came from.</summary>
    Platform,
}
