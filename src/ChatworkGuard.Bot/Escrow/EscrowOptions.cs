namespace ChatworkGuard.Bot.Escrow;

/// <summary>The `Escrow` section: reminders to confirm 仮払い before work starts.</summary>
public sealed class EscrowOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Escrow";

    /// <summary>Whether the bot reminds about escrow at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron for scheduled reminders, in <see cref="TimeZone"/>. Default: "0 0 10 ? * MON-FRI" (weekdays 10:00).</summary>
    public string ReminderCron { get; set; } = "0 0 10 ? * MON-FRI";

    /// <summary>The IANA time zone of the schedule and the quiet hours. Default: Asia/Tokyo.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";

    /// <summary>Scheduled reminders wait outside these local hours. Default: 21:00–08:00.</summary>
    public QuietHoursOptions QuietHours { get; set; } = new();

    /// <summary>After this many reminders, the next mentions the contractor and tells the team lead; 0 = never. Default: 3.</summary>
    public int EscalateAfter { get; set; } = 3;

    /// <summary>Minimum time between two reminders triggered by messages (work-start, tasks) in one room. Default: 1 hour.</summary>
    public TimeSpan TriggeredReminderCooldown { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Scheduled reminders stop for rooms quiet for longer than this. Default: 14 days.</summary>
    public TimeSpan ActiveWithin { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Accounts that may confirm the escrow in any room besides the room's contractors (e.g. the team lead).
    /// A client's confirmation is recorded as claimed and the contractor is asked to check. Default: none.</summary>
    public IList<long> ConfirmerAccountIds { get; init; } = [];

    /// <summary>Per-room overrides keyed by room id (ReminderCron, TimeZone, QuietHours, EscalateAfter). Default: none.</summary>
    public IDictionary<string, EscrowRoomOptions> Rooms { get; init; } = new Dictionary<string, EscrowRoomOptions>();
}
