namespace ChatworkGuard.Bot.Management;

/// <summary>
/// The `Management` section: where the operator's endpoints (/healthz, /readyz, /metrics and whatever is mapped through
/// <see cref="IManagementEndpoints"/>) listen. They never answer on <c>Urls</c>, the public webhook address.
/// </summary>
public sealed class ManagementOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Management";

    /// <summary>The default: loopback only, so nothing outside the host reaches the operator's endpoints unless told to.</summary>
    public const string DefaultUrls = "http://127.0.0.1:9090";

    /// <summary>
    /// The management addresses, separated by ";" like <c>Urls</c> (e.g. <c>http://0.0.0.0:9090</c> in a container whose port
    /// is published only to the monitoring network). Their ports must differ from the ports of <c>Urls</c>.
    /// </summary>
    public string Urls { get; set; } = DefaultUrls;
}
