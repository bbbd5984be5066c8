using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatworkGuard.Bot.Health;

/// <summary>Registers the readiness checks and maps /healthz (alive) and /readyz (ready to work).</summary>
internal static class HealthServiceCollectionExtensions
{
    /// <summary>The liveness path: answers 200 while the process serves HTTP; runs no check.</summary>
    public const string LivenessPath = "/healthz";

    /// <summary>The readiness path: 200 when every check tagged <see cref="HealthTags.Ready"/> is healthy or degraded, else 503.</summary>
    public const string ReadinessPath = "/readyz";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddSectionOptions<HealthOptions>(HealthOptions.SectionName);
        services.AddSingleton<ChatworkCallStatus>();
        services.AddSingleton<ISyncStatus, LocalSyncStatus>();
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddSingleton<ChatworkHealthCheck>();
        services.AddSingleton<SchedulerHealthCheck>();
        services.AddSingleton<SyncHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<ChatworkHealthCheck>("chatwork", tags: [HealthTags.Ready])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [HealthTags.Ready])
            .AddCheck<SyncHealthCheck>("sync", tags: [HealthTags.Ready]);
        services.AddOptions<HealthCheckServiceOptions>().Configure<IConfiguration>(ApplyCheckTimeout);
        return services;
    }

    // Each check gets the configured timeout, so a hung database cannot hang the probe. The health service is built with
    // the host, before options are validated at start.
    private static void ApplyCheckTimeout(HealthCheckServiceOptions options, IConfiguration configuration)
    {
        if (UnvalidatedSection.TryBind<HealthOptions>(configuration, HealthOptions.SectionName) is not { } health)
        {
            return;
        }

        foreach (var registration in options.Registrations)
        {
            registration.Timeout = health.CheckTimeout;
        }
    }

    public static IEndpointRouteBuilder MapBotHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return endpoints;
    }
}
