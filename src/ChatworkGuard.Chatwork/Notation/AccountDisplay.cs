namespace ChatworkGuard.Chatwork.Notation;

/// <summary>How an <see cref="AccountSegment"/> shows its account.</summary>
public enum AccountDisplay
{
    /// <summary><c>[picon:id]</c>: the avatar.</summary>
    Icon,

    /// <summary><c>[piconname:id]</c>: the avatar and the name.</summary>
    IconAndName,

    /// <summary><c>[pname:id]</c>: the name only.</summary>
    Name,
}
