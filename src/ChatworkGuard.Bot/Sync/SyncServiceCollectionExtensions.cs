namespace ChatworkGuard.Bot.Sync;

/// <summary>Registers the sync: the cycle and each of its steps, and the resync pass.</summary>
internal static class SyncServiceCollectionExtensions
{
    public static IServiceCollection AddRoomSync(this IServiceCollection services)
    {
        services.AddSingleton<ContactRequestAcceptor>();
        services.AddSingleton<RoomActionCatchUp>();
        services.AddSingleton<RoomProfileInference>();
        services.AddSingleton(sp => new BudgetShareRate(
            () => sp.GetRequiredService<ChatworkAccounts>().TotalLimit, sp.GetRequiredService<IOptionsMonitor<ChatworkOptions>>()));
        services.AddSingleton<UrgentReadShare>();
        services.AddSingleton<SyncPlanner>();
        services.AddSingleton<RoomMemberTracker>();
        services.AddSingleton<RoomReader>();
        services.AddSingleton<RoomJoiner>();
        services.AddSingleton<RoomLifecycleAnnouncer>();
        services.AddSingleton<LostRoomDetector>();
        services.AddSingleton<RoomSyncCycle>();
        services.AddSingleton<ResyncAllowance>();
        services.AddSingleton<RoomResync>();
        return services;
    }
}
