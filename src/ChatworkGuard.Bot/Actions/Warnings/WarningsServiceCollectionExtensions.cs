namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>Registers warnings: the detector, its start-up report, the options and the action that posts them.</summary>
internal static class WarningsServiceCollectionExtensions
{
    public static IServiceCollection AddWarnings(this IServiceCollection services)
    {
        services.AddDetection();
        services.AddHostedService<DetectionStartupReport>();
        services.AddSectionOptions<WarningOptions>(WarningOptions.SectionName);
        services.AddSingleton<DetectionTimeoutReporter>();
        services.AddSingleton<WarningAction>();
        services.AddSingleton<IMessageAction>(provider => provider.GetRequiredService<WarningAction>());
        return services;
    }
}
