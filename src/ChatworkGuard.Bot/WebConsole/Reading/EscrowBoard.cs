namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>Milestones still waiting for 仮払い, from the escrow state the bot's <see cref="RoomLedger"/> replays from the archive.</summary>
internal sealed class EscrowBoard(RoomLedger ledger, IOptionsMonitor<EscrowOptions> escrow)
{
    /// <summary>Every room whose current milestone is not confirmed: its state, name, and whether reminders escalated
    /// (reached the room's Escrow:EscalateAfter), most reminders first.</summary>
    public async Task<IReadOnlyList<(string RoomName, EscrowState State, bool Escalated)>> ReadAsync(CancellationToken cancellationToken)
    {
        var options = escrow.CurrentValue;
        var rows = new List<(string, EscrowState, bool)>();
        foreach (var entry in await ledger.GetArchivedRoomsAsync(cancellationToken))
        {
            var current = await ledger.RefreshAsync(entry.RoomId, cancellationToken);
            if (current.Escrow is not { } state || state.Status == EscrowStatus.Confirmed || current.Lifecycle == RoomLifecycle.Lost)
            {
                continue;
            }

            // The same test EscrowService makes before posting a reminder: true means the next one escalates.
            rows.Add((current.Name, state, state.NextReminderEscalates(EscrowSchedule.For(options, entry.RoomId).EscalateAfter)));
        }

        return [.. rows.OrderByDescending(r => r.Item2.ReminderCount).ThenBy(r => r.Item2.RoomId)];
    }
}
