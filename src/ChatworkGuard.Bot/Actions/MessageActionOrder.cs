using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Escrow;

namespace ChatworkGuard.Bot.Actions;

/// <summary>
/// The places of the message actions in <see cref="MessageActionPipeline"/>, lower first. Kept here, side by side,
/// so the order is one decision in one file rather than a side effect of which AddX call comes first.
/// Gaps of 100 leave room for a new action between two existing ones.
/// </summary>
internal static class MessageActionOrder
{
    /// <summary>
    /// <see cref="WarningAction"/> runs first: a warning about an off-platform deal is the urgent reply the room
    /// should see first, and an escrow-bypass warning is counted as an escrow reminder
    /// (<see cref="EscrowWarningListener"/>) before <see cref="EscrowAction"/> reads the escrow state.
    /// </summary>
    public const int Warnings = 100;

    /// <summary><see cref="EscrowAction"/> (escrow commands and reminders) runs after the warnings.</summary>
    public const int Escrow = 200;
}
