namespace ChatworkGuard.Bot.Configuration;

/// <summary>Makes Rooms, Detection and Escrow apply without a restart: validated, logged, a bad change refused.</summary>
internal static class LiveConfigurationServiceCollectionExtensions
{
    public static IServiceCollection AddLiveConfiguration(this IServiceCollection services)
    {
        AddGuarded<RoomsOptions>(services, RoomsOptions.SectionName);
        AddGuarded<DetectionOptions>(services, DetectionOptions.SectionName);
        AddGuarded<EscrowOptions>(services, EscrowOptions.SectionName);
        services.AddSingleton<LiveDetector>();
        return services;
    }

    // A closed registration wins over the framework's open IOptionsMonitor<> for these three sections only.
    private static void AddGuarded<TOptions>(IServiceCollection services, string section)
        where TOptions : class =>
        services.AddSingleton<IOptionsMonitor<TOptions>>(provider =>
            ActivatorUtilities.CreateInstance<GuardedOptionsMonitor<TOptions>>(provider, section));
}
