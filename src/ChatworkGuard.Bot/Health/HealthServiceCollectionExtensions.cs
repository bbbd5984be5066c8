using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

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
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
        // Each check gets the configured timeout; a hung database must not hang the probe.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<HealthOptions>>((options, health) =>
        {
            foreach (var registration in options.Registrations)
            {
                registration.Timeout = health.Value.CheckTimeout;
            }
        });
        return services;
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
