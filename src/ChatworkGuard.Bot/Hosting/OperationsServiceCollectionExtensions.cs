namespace ChatworkGuard.Bot.Hosting;

/// <summary>The operator's handles: metrics, health checks and a graceful, bounded shutdown.</summary>
internal static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddBotOperations(this IServiceCollection services)
    {
        services.AddBotMetrics();
        services.AddBotHealthChecks();
        services.AddSectionOptions<ShutdownOptions, ShutdownOptionsValidator>(ShutdownOptions.SectionName);
        services.AddOptions<HostOptions>().Configure<IConfiguration>(ApplyShutdownTimeout);
        services.AddSingleton<JobShutdownGrace>();
        services.AddHostedService(provider => provider.GetRequiredService<JobShutdownGrace>());
        return services;
    }

    // The host reads HostOptions while it is being built, before options are validated at start.
    private static void ApplyShutdownTimeout(HostOptions host, IConfiguration configuration)
    {
        if (UnvalidatedSection.TryBind<ShutdownOptions>(configuration, ShutdownOptions.SectionName) is { } shutdown)
        {
            host.ShutdownTimeout = shutdown.Timeout;
        }
    }
}
