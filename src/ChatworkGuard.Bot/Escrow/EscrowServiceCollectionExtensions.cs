namespace ChatworkGuard.Bot.Escrow;

/// <summary>Registers escrow reminders: options, state, commands, triggers and the schedule.</summary>
internal static class EscrowServiceCollectionExtensions
{
    public static IServiceCollection AddEscrow(this IServiceCollection services)
    {
        services.AddSectionOptions<EscrowOptions, EscrowOptionsValidator>(EscrowOptions.SectionName);
        services.AddSingleton<EscrowService>();
        services.AddSingleton<EscrowScheduler>();
        services.AddSingleton<IMessageAction, EscrowAction>();
        services.AddSingleton<IWarningListener, EscrowWarningListener>();
        services.AddSingleton<IRoomLifecycleListener, EscrowRoomListener>();
        return services;
    }
}
