namespace ChatworkGuard.Bot.Management;

/// <summary>
/// The `Server` section: limits Kestrel applies to every connection on both listeners, so a stranger holding connections
/// open or trickling bytes cannot exhaust the bot before any request is authenticated.
/// </summary>
public sealed class ServerLimitsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Server";

    /// <summary>Open connections at once, both listeners together; more wait in the accept queue. Default: 200.</summary>
    [Range(10, 100_000, ErrorMessage = "Server:MaxConnections must be between 10 and 100000.")]
    public int MaxConnections { get; set; } = 200;

    /// <summary>How long a client may take to send its request headers. Default: 10 seconds (Kestrel's own: 30).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "Server:RequestHeadersTimeout must be between 1 second and 2 minutes.")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The slowest a request body may arrive, in bytes per second, after a 5-second grace period; slower connections are
    /// closed. Default: 1024 (a 256 KiB webhook body then takes at most about 4 minutes; Kestrel's own floor is 240).
    /// </summary>
    [Range(100, 1_000_000, ErrorMessage = "Server:MinRequestBodyBytesPerSecond must be between 100 and 1000000.")]
    public int MinRequestBodyBytesPerSecond { get; set; } = 1024;
}
