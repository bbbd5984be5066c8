namespace ChatworkGuard.Bot.Configuration;

/// <summary>Makes Rooms, Detection and Escrow apply without a restart: validated, logged, a bad change refused.</summary>
internal static class LiveConfigurationServiceCollectionExtensions
{
    public static IServiceCollection AddLiveConfiguration(this IServiceCollection services)
    {
        // A closed registration wins over the framework's open IOptionsMonitor<> for these three sections only.
        services.AddSingleton<IOptionsMonitor<RoomsOptions>, GuardedOptionsMonitor<RoomsOptions>>();
        services.AddSingleton<IOptionsMonitor<DetectionOptions>, GuardedOptionsMonitor<DetectionOptions>>();
        services.AddSingleton<IOptionsMonitor<EscrowOptions>, GuardedOptionsMonitor<EscrowOptions>>();
        services.AddSingleton<LiveDetector>();
        return services;
    }
}
