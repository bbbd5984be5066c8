using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ChatworkGuard.Bot.Management;

/// <summary>The two listeners (public <c>Urls</c>, operator <c>Management:Urls</c>) and the management endpoints.</summary>
public static class ManagementServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Urls</c> and <c>Management:Urls</c> from the builder's configuration (call it once every configuration source
    /// is added), marks the management listeners, applies the <c>Server</c> connection limits and validates both at start. <see cref="MapManagement"/> hands the addresses
    /// to the server.
    /// </summary>
    public static WebApplicationBuilder AddListeners(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var addresses = ListenAddresses.From(builder.Configuration);
        builder.Services.AddSingleton(addresses);
        builder.Services.AddSingleton<KestrelListeners>();
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>>(provider => provider.GetRequiredService<KestrelListeners>());
        builder.Services.AddSectionOptions<ManagementOptions, ManagementOptionsValidator>(ManagementOptions.SectionName);
        builder.Services.AddSectionOptions<ServerLimitsOptions>(ServerLimitsOptions.SectionName);
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelLimits>();
        return builder;
    }

    /// <summary>Registers more endpoints for the management listener (see <see cref="IManagementEndpoints"/>).</summary>
    public static IServiceCollection AddManagementEndpoints<T>(this IServiceCollection services)
        where T : class, IManagementEndpoints
    {
        services.AddSingleton<IManagementEndpoints, T>();
        return services;
    }

    /// <summary>
    /// Gives the server both sets of addresses, maps /healthz, /readyz, /metrics and every registered
    /// <see cref="IManagementEndpoints"/> for the management listener, and keeps the listeners apart (call after
    /// <c>UseRouting</c>, before the public endpoints are mapped).
    /// </summary>
    public static WebApplication MapManagement(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Given here, the host does not read Urls (or ASPNETCORE_HTTP_PORTS) itself: the server binds exactly these, in
        // this order, which is how KestrelListeners tells a management listener from a public one.
        app.Urls.Clear();
        foreach (var (url, _) in app.Services.GetRequiredService<ListenAddresses>().All)
        {
            app.Urls.Add(url);
        }

        app.UseListenerSeparation();
        var management = app.MapGroup(string.Empty).WithMetadata(ManagementEndpointMetadata.Instance);
        management.MapBotHealthEndpoints();
        management.MapBotMetrics();
        foreach (var endpoints in app.Services.GetServices<IManagementEndpoints>())
        {
            endpoints.Map(management);
        }

        return app;
    }
}
