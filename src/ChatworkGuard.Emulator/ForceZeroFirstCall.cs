namespace ChatworkGuard.Emulator;

/// <summary>What the very first <c>force=0</c> read of a room returns ([UNCONFIRMED] §2).</summary>
public enum ForceZeroFirstCall
{
    /// <summary>The latest 100 messages, as force=1 would (the default).</summary>
    Latest,

    /// <summary>The oldest 100 messages; later calls page forward from there.</summary>
    Oldest,
}
