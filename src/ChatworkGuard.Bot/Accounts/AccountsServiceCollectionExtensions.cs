using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatworkGuard.Bot.Accounts;

/// <summary>Registers the bot's accounts and routes room reads, posts and file reads to each room's owning account.</summary>
internal static class AccountsServiceCollectionExtensions
{
    /// <summary>Call after <c>AddChatworkClient</c>: replaces its single-account room reader, poster and file reader.</summary>
    public static IServiceCollection AddBotAccounts(this IServiceCollection services)
    {
        services.AddSingleton<BotAccounts>();
        services.AddSingleton<RoomMembership>();
        services.Replace(ServiceDescriptor.Singleton<IChatworkRoomReader, RoomRoutedReader>());
        services.Replace(ServiceDescriptor.Singleton<IChatworkPoster, RoomRoutedPoster>());
        services.Replace(ServiceDescriptor.Singleton<IChatworkFileReader, RoomRoutedFileReader>());
        return services;
    }
}
