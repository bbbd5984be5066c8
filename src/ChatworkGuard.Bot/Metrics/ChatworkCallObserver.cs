using System.Globalization;
using ChatworkGuard.Bot.Health;

namespace ChatworkGuard.Bot.Metrics;

/// <summary>
/// Sits on the Chatwork client's HttpClient and sees every attempt (retries included): counts it by status for
/// /metrics and records its outcome for /readyz. Sees no header or body, so it cannot leak the token.
/// </summary>
internal sealed class ChatworkCallObserver : DelegatingHandler
{
    private readonly BotMetrics _metrics;
    private readonly ChatworkCallStatus _status;
    private readonly IHostApplicationLifetime _lifetime;

    public ChatworkCallObserver(BotMetrics metrics, ChatworkCallStatus status, IHostApplicationLifetime lifetime)
    {
        _metrics = metrics;
        _status = status;
        _lifetime = lifetime;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var code = (int)response.StatusCode;
            _metrics.ApiCallCompleted(method, code.ToString(CultureInfo.InvariantCulture));
            _status.Answered(code);
            return response;
        }
        catch (OperationCanceledException) when (_lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down: the call was abandoned, which says nothing about Chatwork.
            _metrics.ApiCallCompleted(method, "cancelled");
            throw;
        }
        catch (OperationCanceledException)
        {
            // The client's per-attempt timeout cancels the attempt's token.
            _metrics.ApiCallCompleted(method, "timeout");
            _status.Failed("timeout");
            throw;
        }
        catch (HttpRequestException error)
        {
            _metrics.ApiCallCompleted(method, "error");
            _status.Failed($"network error ({error.HttpRequestError})");
            throw;
        }
    }
}
