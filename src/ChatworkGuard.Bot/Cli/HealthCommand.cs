namespace ChatworkGuard.Bot.Cli;

/// <summary>
/// `chatwork-guard health [--ready] [--url URL]`: asks a running bot for /healthz (or /readyz) and exits 0 when it
/// answers 200. For Docker's HEALTHCHECK: the aspnet image has no curl.
/// </summary>
internal static class HealthCommand
{
    private const int MaxBodyChars = 2000;

    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "The URL to GET. Default: /healthz (or /readyz) on the first address of Management:Urls in the configuration." };
        var ready = new Option<bool>("--ready") { Description = "Ask /readyz (ready to work) instead of /healthz (alive)." };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "How long to wait for the answer.", DefaultValueFactory = _ => TimeSpan.FromSeconds(5) };
        var command = new Command("health", "Ask the running bot whether it is alive (/healthz) or ready (/readyz); exit 0 on HTTP 200, else 1.")
        {
            url, ready, timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var given = parseResult.GetValue(url);
            if (given is not null && !Uri.TryCreate(given, UriKind.Absolute, out _))
            {
                await error.WriteLineAsync($"--url '{given}' is not an absolute URL; use e.g. http://127.0.0.1:9090/healthz.");
                return ExitCodes.Failed;
            }

            var target = given is null ? DefaultUrl(ArchiveCommandSupport.LoadConfiguration()[ManagementOptions.SectionName + ":Urls"], parseResult.GetValue(ready)) : new Uri(given);
            return await RunAsync(target, parseResult.GetValue(timeout), parseResult.InvocationConfiguration.Output, error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(Uri url, TimeSpan timeout, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var shown = body.Length <= MaxBodyChars ? body : body[..MaxBodyChars] + "…";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await output.WriteLineAsync(shown);
                return ExitCodes.Ok;
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}:"));
            await error.WriteLineAsync(shown);
            return ExitCodes.Failed;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{url} did not answer: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// /healthz or /readyz on the first of <paramref name="urls"/> (the management addresses; default
    /// <see cref="ManagementOptions.DefaultUrls"/>); a wildcard host (0.0.0.0, *, +, [::]) becomes 127.0.0.1.
    /// </summary>
    public static Uri DefaultUrl(string? urls, bool ready)
    {
        var first = (string.IsNullOrWhiteSpace(urls) ? ManagementOptions.DefaultUrls : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var authority = first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        var path = ready ? HealthServiceCollectionExtensions.ReadinessPath : HealthServiceCollectionExtensions.LivenessPath;
        return new Uri(new Uri(authority.TrimEnd('/') + "/"), path.TrimStart('/'));
    }
}
