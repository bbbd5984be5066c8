using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace ChatworkGuard.IntegrationTests.Support;

/// <summary>Watches the real HTTP exchange from inside the client's HttpClient: when each request left and what came back.</summary>
/// <remarks>Not a fake: it forwards every request unchanged to the real handler and only writes down what it saw.</remarks>
public sealed class WireRecorder
{
    private readonly ConcurrentQueue<WireExchange> _exchanges = new();

    public IReadOnlyList<WireExchange> Exchanges => [.. _exchanges];

    public DelegatingHandler CreateHandler() => new RecordingHandler(this);

    private sealed class RecordingHandler(WireRecorder owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sentAt = TimeProvider.System.GetUtcNow();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                owner._exchanges.Enqueue(new WireExchange(sentAt, request.Method.Method, request.RequestUri!.AbsolutePath, response.StatusCode, Reset(response)));
                return response;
            }
            catch (Exception)
            {
                owner._exchanges.Enqueue(new WireExchange(sentAt, request.Method.Method, request.RequestUri!.AbsolutePath, null, null));
                throw;
            }
        }

        private static DateTimeOffset? Reset(HttpResponseMessage response) =>
            response.Headers.TryGetValues("x-ratelimit-reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix)
                ? DateTimeOffset.FromUnixTimeSeconds(unix)
                : null;
    }
}

/// <summary>One request as it left the client, and its answer (null status = no answer).</summary>
public sealed record WireExchange(DateTimeOffset SentAt, string Method, string Path, HttpStatusCode? Status, DateTimeOffset? RateLimitReset);
