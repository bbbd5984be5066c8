namespace ChatworkGuard.Emulator;

/// <summary>The Chatwork plan of an emulated account.</summary>
public enum AccountPlan
{
    /// <summary>A paid plan: the whole message history can be read.</summary>
    Paid,

    /// <summary>The free plan: only the last 40 days of messages can be read (docs/chatwork-api.md §4).</summary>
    Free,
}
