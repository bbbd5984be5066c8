namespace ChatworkGuard.Bot.Files;

/// <summary>
/// Fetches a file's bytes from the <c>download_url</c> the API returned and stores them by their SHA-256. It uses its
/// own <see cref="HttpClient"/> (<see cref="HttpClientName"/>): no API token, no cookies and no redirects, so the bytes
/// come from exactly the URL the API gave, and the token never travels to the file host.
/// </summary>
internal sealed class FileDownloader(IHttpClientFactory clients, IBlobStore blobs)
{
    /// <summary>The named client for downloads; it has none of the Chatwork client's handlers or headers.</summary>
    public const string HttpClientName = "chatwork-file-download";

    /// <summary>One attempt: GET <paramref name="url"/>, then store and check what arrived against the listed size.</summary>
    public async Task<DownloadOutcome> DownloadAsync(Uri url, string fileName, long listedSize, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            return DownloadOutcome.Unavailable(FileUnavailableReason.DownloadFailed, $"The download URL is not http(s) ({url.Scheme}).");
        }

        if (listedSize > maxBytes)
        {
            return DownloadOutcome.Unavailable(FileUnavailableReason.TooLarge, Text($"The file list says {listedSize:N0} bytes; Storage:MaxFileBytes is {maxBytes:N0}."));
        }

        var client = clients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            return DownloadOutcome.Transient(FileUnavailableReason.DownloadFailed, "The download failed: " + error.Message, needsNewUrl: false);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DownloadOutcome.Transient(FileUnavailableReason.DownloadFailed, "The download timed out.", needsNewUrl: false);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            switch (response.StatusCode)
            {
                case HttpStatusCode.Forbidden:
                    return DownloadOutcome.Transient(FileUnavailableReason.UrlExpired, Text($"The download URL answered {status} (expired or refused)."), needsNewUrl: true);
                case HttpStatusCode.NotFound or HttpStatusCode.Gone:
                    return DownloadOutcome.Unavailable(FileUnavailableReason.NotFound, Text($"The download URL answered {status}: the file is gone."));
                case >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests:
                    return DownloadOutcome.Transient(FileUnavailableReason.DownloadFailed, Text($"The download URL answered {status}."), needsNewUrl: false);
                case >= HttpStatusCode.MultipleChoices:
                    // Redirects are not followed: only the URL the API returned may serve the bytes.
                    return DownloadOutcome.Unavailable(FileUnavailableReason.DownloadFailed, Text($"The download URL answered {status}; redirects are not followed."));
            }

            if (response.Content.Headers.ContentLength is { } announced && announced > maxBytes)
            {
                return DownloadOutcome.Unavailable(FileUnavailableReason.TooLarge, Text($"The download announces {announced:N0} bytes; Storage:MaxFileBytes is {maxBytes:N0}."));
            }

            StoredBlob blob;
            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                blob = await blobs.PutAsync(body, maxBytes, cancellationToken);
            }
            catch (BlobTooLargeException)
            {
                return DownloadOutcome.Unavailable(FileUnavailableReason.TooLarge, Text($"More than Storage:MaxFileBytes ({maxBytes:N0} bytes) arrived; nothing was kept."));
            }
            catch (Exception error) when (error is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                return DownloadOutcome.Transient(FileUnavailableReason.DownloadFailed, "The download broke off: " + error.Message, needsNewUrl: false);
            }

            if (IsHtmlInsteadOfFile(response, fileName))
            {
                return DownloadOutcome.Unavailable(FileUnavailableReason.HtmlInsteadOfFile,
                    Text($"The download returned an HTML page ({response.Content.Headers.ContentType}) instead of {fileName}; it is kept as received."), blob);
            }

            if (blob.Size != listedSize)
            {
                return DownloadOutcome.Unavailable(FileUnavailableReason.SizeMismatch,
                    Text($"{blob.Size:N0} bytes arrived; the file list says {listedSize:N0}. What arrived is kept."), blob);
            }

            return DownloadOutcome.Stored(blob);
        }
    }

    // A login or error page served in place of the file; an uploaded .html file is of course HTML.
    private static bool IsHtmlInsteadOfFile(HttpResponseMessage response, string fileName) =>
        response.Content.Headers.ContentType?.MediaType is "text/html" or "application/xhtml+xml"
        && !fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
