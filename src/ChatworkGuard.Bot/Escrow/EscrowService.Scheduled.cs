namespace ChatworkGuard.Bot.Escrow;

internal sealed partial class EscrowService
{
    /// <summary>
    /// One scheduled reminder slot for <paramref name="roomId"/>: posts a reminder if the milestone is unconfirmed
    /// and the room active, or says when to try again if the slot falls in the room's quiet hours.
    /// </summary>
    public async Task<(ScheduledReminderOutcome Outcome, DateTimeOffset? RetryAt)> RunScheduledAsync(long roomId, CancellationToken cancellationToken)
    {
        var options = escrowOptions.CurrentValue;
        var entry = await ledger.GetAsync(roomId, cancellationToken);
        var now = time.GetUtcNow();
        if (!options.Enabled || !(entry.Escrow ?? Policy.Escrow.EscrowState.Initial(roomId)).NeedsReminder)
        {
            return (ScheduledReminderOutcome.NotNeeded, null);
        }

        if (entry.Lifecycle != RoomLifecycle.Active || !rooms.IsWatched(roomId)
            || (entry.LastUpdateTime > 0 && now - DateTimeOffset.FromUnixTimeSeconds(entry.LastUpdateTime) > options.ActiveWithin))
        {
            return (ScheduledReminderOutcome.Inactive, null);
        }

        var schedule = EscrowSchedule.For(options, roomId);
        var allowedAt = schedule.QuietHours.NextAllowed(now, schedule.Zone);
        if (allowedAt > now)
        {
            return (ScheduledReminderOutcome.Deferred, allowedAt);
        }

        var posted = await RemindAsync(roomId, "schedule", [], null, cancellationToken);
        return (posted ? ScheduledReminderOutcome.Posted : ScheduledReminderOutcome.NotNeeded, null);
    }
}
