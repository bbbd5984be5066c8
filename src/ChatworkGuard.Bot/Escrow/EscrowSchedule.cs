namespace ChatworkGuard.Bot.Escrow;

/// <summary>A room's effective reminder schedule: cron, time zone, quiet hours, escalation.</summary>
/// <param name="Cron">The Quartz cron expression.</param>
/// <param name="Zone">The time zone of the cron and the quiet hours.</param>
/// <param name="QuietHours">When scheduled reminders wait.</param>
/// <param name="EscalateAfter">Reminders before escalation; 0 = never.</param>
internal sealed record EscrowSchedule(string Cron, TimeZoneInfo Zone, QuietHours QuietHours, int EscalateAfter)
{
    /// <summary>The schedule of <paramref name="roomId"/>: the section's values with the room's overrides.</summary>
    public static EscrowSchedule For(EscrowOptions options, long roomId)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Rooms.TryGetValue(roomId.ToString(CultureInfo.InvariantCulture), out var room);
        var quiet = room?.QuietHours ?? options.QuietHours;
        return new EscrowSchedule(
            room?.ReminderCron ?? options.ReminderCron,
            TimeZoneInfo.FindSystemTimeZoneById(room?.TimeZone ?? options.TimeZone),
            new QuietHours(ParseTime(quiet.Start), ParseTime(quiet.End)),
            room?.EscalateAfter ?? options.EscalateAfter);
    }

    /// <summary>Parses "HH:mm"; the validator has already refused anything else.</summary>
    public static TimeOnly ParseTime(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
