namespace ChatworkGuard.Policy.Escrow;

/// <summary>The commands a room member can address to the bot.</summary>
public enum EscrowCommandKind
{
    /// <summary>仮払い済み / escrow confirmed: the current milestone's escrow is funded.</summary>
    Confirm,

    /// <summary>次のマイルストーン / milestone NAME: a new milestone starts, unconfirmed.</summary>
    NewMilestone,

    /// <summary>状態 / status: the bot reports the escrow state.</summary>
    Status,

    /// <summary>ヘルプ / help: the bot lists its commands.</summary>
    Help,
}
