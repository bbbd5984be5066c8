using ChatworkGuard.Bot.Sync;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Evidence;

/// <summary>Registers checkpoints: options, the signing key, the service and the room-loss trigger (the job is in AddBotJobs).</summary>
internal static class EvidenceServiceCollectionExtensions
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EvidenceOptions>, EvidenceOptionsValidator>();
        services.AddSingleton<CheckpointSigningKey>();
        services.AddSingleton<CheckpointService>();
        services.AddSingleton<IRoomLifecycleListener, CheckpointRoomListener>();
        return services;
    }
}
