namespace ChatworkGuard.Bot.Health;

/// <summary>The `Health` section: when /readyz stops calling the bot ready.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Health";

    /// <summary>How long after the last successful sync cycle the bot is no longer ready. Default: null, meaning 3 × Sync:Interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Health:MaxSyncAge must be between 1 second and 1 day (or left empty for 3 × Sync:Interval).")]
    public TimeSpan? MaxSyncAge { get; set; }

    /// <summary>How long one readiness check (the database ping, the scheduler) may take before it counts as failed. Default: 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Health:CheckTimeout must be between 100 milliseconds and 1 minute.")]
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed Chatwork calls in a row (no answer, or 5xx) after which Chatwork counts as unreachable. Default: 3.</summary>
    [Range(1, 100, ErrorMessage = "Health:ChatworkFailureThreshold must be between 1 and 100.")]
    public int ChatworkFailureThreshold { get; set; } = 3;
}
