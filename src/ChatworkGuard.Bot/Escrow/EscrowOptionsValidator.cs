namespace ChatworkGuard.Bot.Escrow;

/// <summary>Checks cron expressions, time zones and quiet hours, the section's and every room's; one message lists all problems.</summary>
internal sealed class EscrowOptionsValidator : IValidateOptions<EscrowOptions>
{
    public ValidateOptionsResult Validate(string? name, EscrowOptions options)
    {
        var problems = new List<string>();
        Check("Escrow", options.ReminderCron, options.TimeZone, options.QuietHours, options.EscalateAfter, problems);
        if (options.TriggeredReminderCooldown < TimeSpan.Zero || options.ActiveWithin <= TimeSpan.Zero)
        {
            problems.Add("Escrow:TriggeredReminderCooldown must not be negative and Escrow:ActiveWithin must be positive.");
        }

        foreach (var (key, room) in options.Rooms)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"Escrow:Rooms:{key} is not a room id; overrides are keyed by the numeric room id.");
            }

            Check($"Escrow:Rooms:{key}", room.ReminderCron, room.TimeZone, room.QuietHours, room.EscalateAfter, problems);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(string prefix, string? cron, string? zone, QuietHoursOptions? quiet, int? escalateAfter, List<string> problems)
    {
        if (cron is not null && !CronExpression.TryParse(cron, out _))
        {
            problems.Add($"{prefix}:ReminderCron \"{cron}\" is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 10 ? * MON-FRI\").");
        }

        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            problems.Add($"{prefix}:TimeZone \"{zone}\" is not a known time zone; use an IANA id such as Asia/Tokyo.");
        }

        foreach (var (field, value) in new[] { ("Start", quiet?.Start), ("End", quiet?.End) })
        {
            if (value is not null && !TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{prefix}:QuietHours:{field} \"{value}\" is not a time of day in HH:mm form, e.g. 21:00.");
            }
        }

        if (escalateAfter is < 0)
        {
            problems.Add($"{prefix}:EscalateAfter must be 0 (never) or more.");
        }
    }
}
