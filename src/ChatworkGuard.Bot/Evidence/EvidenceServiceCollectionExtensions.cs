namespace ChatworkGuard.Bot.Evidence;

/// <summary>Registers checkpoints: options, the signing key, the service and the room-loss trigger (the job is in AddBotJobs).</summary>
internal static class EvidenceServiceCollectionExtensions
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddSectionOptions<EvidenceOptions, EvidenceOptionsValidator>(EvidenceOptions.SectionName);
        services.AddSingleton<CheckpointSigningKey>();
        services.AddSingleton<CheckpointService>();
        services.AddSingleton<IRoomLifecycleListener, CheckpointRoomListener>();
        return services;
    }
}
