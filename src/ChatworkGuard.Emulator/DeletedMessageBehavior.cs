namespace ChatworkGuard.Emulator;

/// <summary>What the emulator shows for a deleted message ([UNCONFIRMED] in docs/chatwork-api.md §5).</summary>
public enum DeletedMessageBehavior
{
    /// <summary>The message disappears from every list and its single GET answers 404 (the default).</summary>
    Vanish,

    /// <summary>The message stays in lists with the body <c>[deleted]</c> and update_time set to the deletion time.</summary>
    Tombstone,
}
