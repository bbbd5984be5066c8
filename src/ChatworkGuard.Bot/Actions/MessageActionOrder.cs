namespace ChatworkGuard.Bot.Actions;

/// <summary>
/// The places of the message actions in <see cref="MessageActionPipeline"/>, lower first. Kept here, side by side,
/// so the order is one decision in one file rather than a side effect of which AddX call comes first.
/// Gaps of 100 leave room for a new action between two existing ones.
/// </summary>
internal static class MessageActionOrder
{
    /// <summary>
    /// <see cref="ProfileCommandAction"/> (受注者は私です, プラットフォーム ランサーズ …) runs before everything else: it
    /// changes the room's profile, and the actions after it that resolve the profile themselves (an escrow reminder's
    /// contractor mentions, an escrow acknowledgement's language) should already see the change. It only answers
    /// commands addressed to the bot, which are not the deals a warning is about, so no warning waits behind it.
    /// </summary>
    public const int ProfileCommands = 50;

    /// <summary>
    /// <see cref="WarningAction"/> runs next, before every other action: a warning about an off-platform deal is the
    /// urgent reply the room should see first, and an escrow-bypass warning is counted as an escrow reminder
    /// (<see cref="EscrowWarningListener"/>) before <see cref="EscrowAction"/> reads the escrow state.
    /// </summary>
    public const int Warnings = 100;

    /// <summary><see cref="EscrowAction"/> (escrow commands and reminders) runs after the warnings.</summary>
    public const int Escrow = 200;
}
