using ChatworkGuard.Bot.Health;
using ChatworkGuard.Bot.Metrics;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Hosting;

/// <summary>The operator's handles: metrics, health checks and a graceful, bounded shutdown.</summary>
internal static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddBotOperations(this IServiceCollection services)
    {
        services.AddBotMetrics();
        services.AddBotHealthChecks();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShutdownOptions>, ShutdownOptionsValidator>();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.AddSingleton<JobShutdownGrace>();
        services.AddHostedService(provider => provider.GetRequiredService<JobShutdownGrace>());
        return services;
    }

    public static IEndpointRouteBuilder MapBotOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotHealthEndpoints();
        endpoints.MapBotMetrics();
        return endpoints;
    }
}
