using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Management;

/// <summary>Applies <see cref="ServerLimitsOptions"/> to Kestrel.</summary>
internal sealed class KestrelLimits : IConfigureOptions<KestrelServerOptions>
{
    private static readonly TimeSpan BodyRateGracePeriod = TimeSpan.FromSeconds(5);

    private readonly IOptions<ServerLimitsOptions> _options;

    public KestrelLimits(IOptions<ServerLimitsOptions> options) => _options = options;

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = _options.Value;
        options.Limits.MaxConcurrentConnections = limits.MaxConnections;
        options.Limits.MaxConcurrentUpgradedConnections = limits.MaxConnections;
        options.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        options.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, BodyRateGracePeriod);
        // No endpoint takes a bigger body than a webhook; the webhook endpoint lowers it further per request.
        options.Limits.MaxRequestBodySize = 4 * 1024 * 1024 + 1;
    }
}
