namespace ChatworkGuard.Bot.Metrics;

/// <summary>
/// Sits on the Chatwork client's HttpClient and sees every attempt (retries included): counts it by status for
/// /metrics and records its outcome for /readyz. Sees no header or body, so it cannot leak the token.
/// </summary>
internal sealed class ChatworkCallObserver(BotMetrics metrics, ChatworkCallStatus status, IHostApplicationLifetime lifetime) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var code = (int)response.StatusCode;
            metrics.ApiCallCompleted(method, code.ToString(CultureInfo.InvariantCulture));
            status.Answered(code);
            return response;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down: the call was abandoned, which says nothing about Chatwork.
            metrics.ApiCallCompleted(method, "cancelled");
            throw;
        }
        catch (OperationCanceledException)
        {
            // The client's per-attempt timeout cancels the attempt's token.
            metrics.ApiCallCompleted(method, "timeout");
            status.Failed("timeout");
            throw;
        }
        catch (HttpRequestException error)
        {
            metrics.ApiCallCompleted(method, "error");
            status.Failed($"network error ({error.HttpRequestError})");
            throw;
        }
    }
}
