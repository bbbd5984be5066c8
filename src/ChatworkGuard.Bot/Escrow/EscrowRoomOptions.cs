namespace ChatworkGuard.Bot.Escrow;

/// <summary>One room's escrow overrides in `Escrow:Rooms:{roomId}`; unset values use the section's.</summary>
public sealed class EscrowRoomOptions
{
    /// <summary>Quartz cron for this room's scheduled reminders. Default: Escrow:ReminderCron.</summary>
    public string? ReminderCron { get; set; }

    /// <summary>This room's time zone. Default: Escrow:TimeZone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>This room's quiet hours. Default: Escrow:QuietHours.</summary>
    public QuietHoursOptions? QuietHours { get; set; }

    /// <summary>This room's escalation threshold. Default: Escrow:EscalateAfter.</summary>
    public int? EscalateAfter { get; set; }
}
