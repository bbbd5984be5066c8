namespace ChatworkGuard.Bot.Hosting;

/// <summary>The `Shutdown` section: how SIGTERM (docker stop, Ctrl+C) winds the bot down.</summary>
public sealed class ShutdownOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Shutdown";

    /// <summary>How long running jobs may finish on their own before they are asked to stop at their next step. Default: 4 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Shutdown:JobGracePeriod must be between 0 and 5 minutes.")]
    public TimeSpan JobGracePeriod { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The longest a shutdown waits for jobs and writes before the process exits anyway (HostOptions.ShutdownTimeout). Default: 8 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Shutdown:Timeout must be between 1 second and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);
}
