namespace ChatworkGuard.Bot.Sync;

/// <summary>The `Sync` section: how often rooms are polled and re-read.</summary>
public sealed class SyncOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Sync";

    /// <summary>Whether the scheduled sync and resync run. False leaves the archive untouched except by webhooks (maintenance). Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between sync cycles (one GET /rooms each). Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Sync:Interval must be between 1 second and 1 hour.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A quiet but recent room is re-read once its last read is this old. Default: 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Sync:ResyncInterval must be between 5 seconds and 1 day.")]
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Share of the API budget resync re-reads may use; when more rooms are due, the least recently read go
    /// first and the rest wait. Default: 0.2 (60 of Chatwork's 300 requests per 5 minutes).</summary>
    [Range(0.01, 0.5, ErrorMessage = "Sync:ResyncShare must be between 0.01 and 0.5 (a share of Chatwork:RequestsPerWindow).")]
    public double ResyncShare { get; set; } = 0.2;

    /// <summary>How long after its last activity a room still counts as recent for resync. Default: 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Sync:ResyncWindow must be between 1 minute and 365 days.")]
    public TimeSpan ResyncWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Message-count growth after which a room is read before the others. Default: 60.</summary>
    [Range(1, 100, ErrorMessage = "Sync:BurstThreshold must be between 1 and 100 (the API returns at most 100 messages).")]
    public int BurstThreshold { get; set; } = 60;

    /// <summary>Share of the API budget that joining rooms that appear while the bot runs and reading bursting rooms may
    /// take, so that many new or noisy rooms cannot starve the others (the first cycle after a start joins every room it
    /// finds). Default: 0.2 (60 of Chatwork's 300 requests per 5 minutes).</summary>
    [Range(0.05, 1.0, ErrorMessage = "Sync:UrgentShare must be between 0.05 and 1 (a share of Chatwork:RequestsPerWindow).")]
    public double UrgentShare { get; set; } = 0.2;

    /// <summary>Whether contact requests are accepted automatically. Default: true.</summary>
    public bool AcceptContactRequests { get; set; } = true;

    /// <summary>How often pending contact requests are checked (at most once per sync cycle). Default: 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Sync:ContactRequestInterval must be between 0 and 1 day.")]
    public TimeSpan ContactRequestInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Accounts whose contact requests are accepted besides those in the bot's own organization (GET /me
    /// organization_id). Anyone else's request stays pending and the team lead is told once. Default: none.</summary>
    public IList<long> AcceptContactRequestsFrom { get; init; } = [];

    /// <summary>Whether every contact request is accepted, whoever sends it. A stranger who becomes a contact can add
    /// the bot to rooms that spend its API budget, so this is off by default. Default: false.</summary>
    public bool AcceptContactRequestsFromAnyone { get; set; }

    /// <summary>How often the resync job looks for due rooms: every minute, or every <see cref="ResyncInterval"/> when shorter.</summary>
    public static TimeSpan ResyncPassPeriod(SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ResyncInterval < TimeSpan.FromMinutes(1) ? options.ResyncInterval : TimeSpan.FromMinutes(1);
    }
}
