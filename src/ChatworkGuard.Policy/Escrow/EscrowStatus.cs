namespace ChatworkGuard.Policy.Escrow;

/// <summary>Where a milestone's escrow (仮払い) stands.</summary>
public enum EscrowStatus
{
    /// <summary>Nobody has said anything about the escrow yet.</summary>
    Unknown,

    /// <summary>The bot has reminded the room at least once; not confirmed yet.</summary>
    Reminded,

    /// <summary>An allowed member confirmed the escrow; reminders stop.</summary>
    Confirmed,
}
