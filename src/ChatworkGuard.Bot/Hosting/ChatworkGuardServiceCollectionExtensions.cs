using ChatworkGuard.Bot.Jobs;
using ChatworkGuard.Bot.Migrations;
using ChatworkGuard.Bot.WebConsole;
using ChatworkGuard.Bot.Webhooks;

namespace ChatworkGuard.Bot.Hosting;

/// <summary>Composes the bot: options, the Chatwork client, the archive, policy, jobs and endpoints.</summary>
public static class ChatworkGuardServiceCollectionExtensions
{
    /// <summary>Adds everything `chatwork-guard run` needs.</summary>
    public static IServiceCollection AddChatworkGuard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotOptions();
        services.AddBotOperations();
        services.AddChatworkClient();
        // Before the archive opens: with Storage:MigrationConnectionString the owner role migrates first.
        services.AddHostedService<MigrationOnStart>();
        services.AddBotAccounts();
        services.AddArchive();
        services.AddSingleton<NoticePoster>();
        services.AddSingleton<TeamLeadNotifier>();
        services.AddSingleton<RoomLedger>();
        services.AddSingleton<RoomProfiles>();
        services.AddSingleton<RoomActionLock>();
        services.AddSingleton<MessageIngestor>();
        services.AddSingleton<IMessageAction, ProfileCommandAction>();
        services.AddWarnings();
        services.AddEscrow();
        services.AddEvidence();
        services.AddLiveConfiguration();
        services.AddSingleton<MessageActionPipeline>();
        services.AddFileArchiving();
        services.AddRoomSync();
        services.AddWebhookProcessing();
        services.AddBotJobs(configuration);
        services.AddLeadConsole(configuration);
        return services;
    }

    /// <summary>Adds the bot's own options, each validated at start.</summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services)
    {
        services.AddSectionOptions<RoomsOptions, RoomsOptionsValidator>(RoomsOptions.SectionName);
        services.AddSectionOptions<SyncOptions>(SyncOptions.SectionName);
        services.AddSectionOptions<WebhooksOptions>(WebhooksOptions.SectionName);
        services.AddSectionOptions<NotificationsOptions>(NotificationsOptions.SectionName);
        services.AddSingleton<RoomDirectory>();
        return services;
    }
}
