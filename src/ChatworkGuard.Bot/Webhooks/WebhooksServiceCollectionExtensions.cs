namespace ChatworkGuard.Bot.Webhooks;

/// <summary>Registers the webhook receiver's back end: the queue, refusal counting and reporting, and the processor
/// that archives and acts on what the queue holds (<see cref="WebhookEndpoint.MapChatworkWebhook"/> maps the endpoint).</summary>
internal static class WebhooksServiceCollectionExtensions
{
    public static IServiceCollection AddWebhookProcessing(this IServiceCollection services)
    {
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookRefusals>();
        services.AddHostedService<WebhookRefusalReporter>();
        services.AddSingleton<WebhookProcessor>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookProcessor>());
        return services;
    }
}
