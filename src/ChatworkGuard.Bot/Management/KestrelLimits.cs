using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChatworkGuard.Bot.Management;

/// <summary>Applies <see cref="ServerLimitsOptions"/> to Kestrel.</summary>
internal sealed class KestrelLimits : IConfigureOptions<KestrelServerOptions>
{
    private static readonly TimeSpan BodyRateGracePeriod = TimeSpan.FromSeconds(5);

    private readonly IConfiguration _configuration;

    public KestrelLimits(IConfiguration configuration) => _configuration = configuration;

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = ReadWithoutValidation();
        options.Limits.MaxConcurrentConnections = limits.MaxConnections;
        options.Limits.MaxConcurrentUpgradedConnections = limits.MaxConnections;
        options.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        options.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyBytesPerSecond, BodyRateGracePeriod);
        // No endpoint takes a bigger body than a webhook; the webhook endpoint lowers it further per request.
        options.Limits.MaxRequestBodySize = 4 * 1024 * 1024 + 1;
    }

    // Kestrel's options can be built before options are validated at start (check-config builds them too): a bad value
    // falls back to the defaults here, and ValidateOnStart reports it with every other problem.
    private ServerLimitsOptions ReadWithoutValidation()
    {
        var limits = new ServerLimitsOptions();
        try
        {
            _configuration.GetSection(ServerLimitsOptions.SectionName).Bind(limits);
        }
        catch (InvalidOperationException)
        {
            return new ServerLimitsOptions();
        }

        return Validator.TryValidateObject(limits, new ValidationContext(limits), null, validateAllProperties: true) ? limits : new ServerLimitsOptions();
    }
}
