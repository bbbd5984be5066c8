namespace ChatworkGuard.Policy.Escrow;

/// <summary>A daily span of local time in which scheduled reminders wait; it may wrap midnight.</summary>
/// <param name="Start">When the quiet span begins (local time).</param>
/// <param name="End">When it ends (local time); before <paramref name="Start"/> means it wraps midnight.</param>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>Whether <paramref name="localTime"/> falls inside the quiet span.</summary>
    public bool Contains(TimeOnly localTime) => Start == End
        ? false
        : Start < End
            ? localTime >= Start && localTime < End
            : localTime >= Start || localTime < End;

    /// <summary>The first instant at or after <paramref name="now"/> outside the quiet span, in <paramref name="zone"/>.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (!Contains(TimeOnly.FromDateTime(local.DateTime)))
        {
            return now;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (Start > End && TimeOnly.FromDateTime(local.DateTime) >= Start)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate.ToDateTime(End, DateTimeKind.Unspecified);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}
