namespace ChatworkGuard.Bot.Escrow;

/// <summary>What a scheduled reminder slot did.</summary>
internal enum ScheduledReminderOutcome
{
    /// <summary>A reminder was posted.</summary>
    Posted,

    /// <summary>The escrow is confirmed (or escrow reminders are off): nothing to say.</summary>
    NotNeeded,

    /// <summary>The room is lost, not joined, or quiet for longer than Escrow:ActiveWithin.</summary>
    Inactive,

    /// <summary>Inside the room's quiet hours: deferred to their end.</summary>
    Deferred,
}
