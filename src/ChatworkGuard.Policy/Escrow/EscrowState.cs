namespace ChatworkGuard.Policy.Escrow;

/// <summary>The escrow state of a room's current milestone.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="Milestone">The current milestone's name ("1" for the first).</param>
/// <param name="MilestoneNumber">1 for the first milestone, then 2, 3…</param>
/// <param name="Status">Unknown, reminded or confirmed.</param>
/// <param name="ReminderCount">Reminders posted for this milestone.</param>
/// <param name="LastReminderAt">When the last reminder was posted.</param>
/// <param name="ConfirmedBy">Who confirmed, once confirmed.</param>
/// <param name="ConfirmedAt">When it was confirmed.</param>
public sealed record EscrowState(
    long RoomId,
    string Milestone,
    int MilestoneNumber,
    EscrowStatus Status,
    int ReminderCount,
    DateTimeOffset? LastReminderAt,
    long? ConfirmedBy,
    DateTimeOffset? ConfirmedAt)
{
    /// <summary>The state of a room the bot has just joined.</summary>
    public static EscrowState Initial(long roomId) => new(roomId, "1", 1, EscrowStatus.Unknown, 0, null, null, null);

    /// <summary>Whether reminders are still due.</summary>
    public bool NeedsReminder => Status != EscrowStatus.Confirmed;

    /// <summary>The state after a reminder was posted at <paramref name="at"/>.</summary>
    public EscrowState Reminded(DateTimeOffset at) =>
        this with { Status = EscrowStatus.Reminded, ReminderCount = ReminderCount + 1, LastReminderAt = at };

    /// <summary>The state after <paramref name="by"/> confirmed the escrow at <paramref name="at"/>.</summary>
    public EscrowState Confirmed(long by, DateTimeOffset at) =>
        this with { Status = EscrowStatus.Confirmed, ConfirmedBy = by, ConfirmedAt = at };

    /// <summary>A new, unconfirmed milestone; unnamed milestones are numbered.</summary>
    public EscrowState NextMilestone(string? name)
    {
        var number = MilestoneNumber + 1;
        return new EscrowState(RoomId, name ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture), number, EscrowStatus.Unknown, 0, null, null, null);
    }

    /// <summary>Whether the next reminder is an escalation, given the configured threshold.</summary>
    public bool NextReminderEscalates(int escalateAfter) => escalateAfter > 0 && ReminderCount >= escalateAfter;
}
