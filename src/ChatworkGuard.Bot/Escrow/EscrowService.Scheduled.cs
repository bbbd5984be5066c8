namespace ChatworkGuard.Bot.Escrow;

internal sealed partial class EscrowService
{
    /// <summary>
    /// One scheduled reminder slot for <paramref name="roomId"/>: posts a reminder if the milestone is unconfirmed
    /// and the room active, or says when to try again if the slot falls in the room's quiet hours. With
    /// <paramref name="recoveringSlot"/> (the fire time of a run that died) a reminder that run posted but never archived
    /// is archived instead of posted again (<see cref="RemindAsync"/>).
    /// </summary>
    public async Task<(ScheduledReminderOutcome Outcome, DateTimeOffset? RetryAt)> RunScheduledAsync(long roomId, CancellationToken cancellationToken, DateTimeOffset? recoveringSlot = null)
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

        var posted = await RemindAsync(roomId, "schedule", [], null, cancellationToken, recoveringSlot: recoveringSlot);
        return (posted ? ScheduledReminderOutcome.Posted : ScheduledReminderOutcome.NotNeeded, null);
    }

    // The bot's newest post that reads exactly as this reminder and that no reminder record holds: one whose run died
    // between posting and archiving. Reminders of one milestone read alike, so the archive tells them apart, even when
    // a later slot's reminder went out before this recovering run.
    private async Task<string?> UnarchivedPostAsync(long roomId, Notice notice, NoticeAddress address, CancellationToken cancellationToken)
    {
        var posted = await poster.FindPostedAsync(roomId, notice, address, cancellationToken);
        if (posted.Count == 0)
        {
            return null;
        }

        var archived = new HashSet<string>(StringComparer.Ordinal);
        await archive.ApplyEventsAsync(roomId, 1, [RecordKind.ReminderPosted], record => archived.Add(record.MessageId ?? ""), cancellationToken);
        return posted.FirstOrDefault(id => !archived.Contains(id));
    }
}
