using ChatworkGuard.Chatwork.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Chatwork;

/// <summary>Registers the Chatwork client: options, the API budget, the HTTP client, <see cref="IChatworkClient"/> and the role
/// interfaces the bot depends on (<see cref="IChatworkRoomReader"/>, <see cref="IChatworkPoster"/>, <see cref="IChatworkOwnAccount"/>,
/// <see cref="IChatworkContactRequests"/>, <see cref="IChatworkFileReader"/> at resync priority), all one client: the first
/// account's. <see cref="ChatworkAccounts"/> holds every configured account with its own client and budget.</summary>
public static class ChatworkServiceCollectionExtensions
{
    // Long-lived HttpClient, fresh connections now and then: DNS changes are seen without the factory's handler rotation.
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The name of the <see cref="HttpClient"/> every Chatwork call goes through; the host adds its own
    /// <see cref="DelegatingHandler"/>s (metrics, health) with <c>services.AddHttpClient(HttpClientName)</c>.</summary>
    public const string HttpClientName = ChatworkDefaults.HttpClientName;

    /// <summary>Adds the client with options bound from the <c>Chatwork</c> configuration section and validated at start.</summary>
    public static IServiceCollection AddChatworkClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChatworkOptions>().BindConfiguration(ChatworkOptions.SectionName);
        return services.AddChatworkClientCore();
    }

    /// <summary>Adds the client with options set by <paramref name="configure"/> only (tests, the demo); validated at start.</summary>
    public static IServiceCollection AddChatworkClient(this IServiceCollection services, Action<ChatworkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ChatworkOptions>().Configure(configure);
        return services.AddChatworkClientCore();
    }

    private static IServiceCollection AddChatworkClientCore(this IServiceCollection services)
    {
        services.AddOptions<ChatworkOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatworkOptions>, ChatworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ChatworkDefaults.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // the pipeline's per-attempt timeout rules
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = PooledConnectionLifetime,
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
                // A redirect would carry X-ChatWorkToken to whatever host it names: a 3xx is an error answer instead.
                AllowAutoRedirect = false,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true); // X-ChatWorkToken must never reach a log

        // One client and one budget per configured account; the single-client registrations are the first account's.
        services.TryAddSingleton(sp => new ChatworkAccounts(
            sp.GetRequiredService<IOptions<ChatworkOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ChatworkAccounts>().Primary.Budget);
        services.TryAddSingleton(sp => sp.GetRequiredService<ChatworkAccounts>().Primary.Client);
        // Every role is the one client, so they share its budget and its cached own account; a replaced IChatworkClient replaces them all.
        services.TryAddSingleton<IChatworkRoomReader>(sp => sp.GetRequiredService<IChatworkClient>());
        services.TryAddSingleton<IChatworkPoster>(sp => sp.GetRequiredService<IChatworkClient>());
        services.TryAddSingleton<IChatworkOwnAccount>(sp => sp.GetRequiredService<IChatworkClient>());
        services.TryAddSingleton<IChatworkContactRequests>(sp => sp.GetRequiredService<IChatworkClient>());
        // File reads wait behind message reads: attachments are archived from what spare budget there is.
        services.TryAddSingleton<IChatworkFileReader>(sp =>
            sp.GetRequiredService<IChatworkClient>().WithReadPriority(RequestPriority.Resync) as IChatworkFileReader ?? sp.GetRequiredService<IChatworkClient>());
        return services;
    }
}
