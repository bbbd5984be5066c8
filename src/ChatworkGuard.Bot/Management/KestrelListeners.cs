using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChatworkGuard.Bot.Management;

/// <summary>
/// Gives each Kestrel listener its role. The server binds <see cref="ListenAddresses.All"/> (public addresses first, then
/// management ones) in that order, applying the endpoint defaults to each as it goes; the defaults mark every connection
/// of a management listener with <see cref="ManagementConnectionFeature"/>.
/// </summary>
internal sealed class KestrelListeners : IConfigureOptions<KestrelServerOptions>
{
    private readonly ListenAddresses _addresses;
    private readonly List<(ListenOptions Listen, string Scheme, bool Management)> _listeners = [];

    public KestrelListeners(ListenAddresses addresses) => _addresses = addresses;

    /// <summary>Once the server has started: the public listeners' addresses, with the ports actually bound (for port 0).</summary>
    public IReadOnlyList<Uri> PublicUrls => BoundUrls(management: false);

    /// <summary>Once the server has started: the management listeners' addresses, with the ports actually bound.</summary>
    public IReadOnlyList<Uri> ManagementUrls => BoundUrls(management: true);

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureEndpointDefaults(Assign);
    }

    private void Assign(ListenOptions listen)
    {
        var all = _addresses.All;
        bool management;
        string scheme;
        lock (_listeners)
        {
            // Addresses are bound one after another in the order given; anything beyond them (a Kestrel:Endpoints entry) is
            // not a management listener.
            var index = _listeners.Count;
            management = index < all.Count && all[index].Management;
            scheme = index < all.Count && all[index].Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
            _listeners.Add((listen, scheme, management));
        }

        if (management)
        {
            listen.Use(next => connection =>
            {
                connection.Features.Set(ManagementConnectionFeature.Instance);
                return next(connection);
            });
        }
    }

    // Kestrel replaces a listener's endpoint with the one it bound, so port 0 reads back as the port chosen.
    private List<Uri> BoundUrls(bool management)
    {
        lock (_listeners)
        {
            return [.. _listeners.Where(l => l.Management == management && l.Listen.EndPoint is IPEndPoint)
                .Select(l => new Uri($"{l.Scheme}://{l.Listen.IPEndPoint}/"))];
        }
    }
}
