namespace ChatworkGuard.Bot.Files;

/// <summary>Registers file archiving: the download client (no token, no redirects), the downloader, the index and the hook.</summary>
internal static class FilesServiceCollectionExtensions
{
    private static readonly TimeSpan DownloadTimeout = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddFileArchiving(this IServiceCollection services)
    {
        // A client of its own: none of the Chatwork client's handlers, so the API token can never be sent to the file host.
        services.AddHttpClient(FileDownloader.HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = DownloadTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RedactLoggedHeaders(_ => true);
        services.AddSingleton<FileDownloader>();
        services.AddSingleton<ArchivedFileIndex>();
        services.AddSingleton<FileArchiver>();
        services.AddSingleton<RoomFileSync>();
        return services;
    }
}
