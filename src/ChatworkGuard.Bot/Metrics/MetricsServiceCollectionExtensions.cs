namespace ChatworkGuard.Bot.Metrics;

/// <summary>Registers the bot's metrics, the Chatwork call observer and the /metrics endpoint.</summary>
internal static class MetricsServiceCollectionExtensions
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string Path = "/metrics";

    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<PrometheusExporter>();
        // Started with the host, before the jobs, so the listener sees every increment.
        services.AddHostedService(provider => provider.GetRequiredService<PrometheusExporter>());
        services.AddTransient<ChatworkCallObserver>();
        services.AddHttpClient(ChatworkServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler<ChatworkCallObserver>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (PrometheusExporter exporter) => Results.Text(exporter.Scrape(), PrometheusText.ContentType));
        return endpoints;
    }
}
