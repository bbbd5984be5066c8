using System.Runtime.ExceptionServices;
using ChatworkGuard.Chatwork.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChatworkGuard.Chatwork.Client;

/// <summary>The one choke point every Chatwork call goes through: budget, retry, circuit breaker, per-attempt timeout,
/// token header, rate-limit headers back into the budget, 204 as empty, errors as typed exceptions.</summary>
internal sealed partial class ChatworkTransport : IDisposable
{
    private const string TokenHeader = "X-ChatWorkToken";
    private static readonly TimeSpan SlowBudgetWait = TimeSpan.FromSeconds(1);

    private readonly RestClient _rest;
    private readonly ApiBudget _budget;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<ApiResponse> _pipeline;
    private readonly ResiliencePipeline _attemptTimeout;

    /// <summary>A transport for one account: <paramref name="token"/> goes into every request's header, <paramref name="budget"/>
    /// is that account's alone.</summary>
    public ChatworkTransport(IHttpClientFactory httpClientFactory, ChatworkOptions settings, string token, ApiBudget budget,
        TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(settings);
        _budget = budget;
        _time = timeProvider;
        _logger = logger;
        Options = settings;

        // One long-lived HttpClient: its SocketsHttpHandler recycles pooled connections itself (see AddChatworkClient),
        // so DNS changes are picked up without creating a RestClient per call.
        var http = httpClientFactory.CreateClient(ChatworkDefaults.HttpClientName);
        // A trailing slash keeps the version path: ".../v2" + "rooms" must become ".../v2/rooms".
        var baseUrl = new Uri(settings.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
        _rest = new RestClient(http, new RestClientOptions(baseUrl)
        {
            ThrowOnAnyError = false,
            ThrowOnDeserializationError = false,
            UserAgent = "ChatworkGuard",
            // RestSharp follows redirects itself (the handler's AllowAutoRedirect is off too): a redirect would carry
            // X-ChatWorkToken to whatever host it names, so a 3xx is an error answer instead.
            RedirectOptions = new RedirectOptions { FollowRedirects = false },
        }, disposeHttpClient: true);
        _rest.AddDefaultHeader(TokenHeader, token);

        _pipeline = ChatworkResilience.BuildCallPipeline(settings, timeProvider, logger);
        _attemptTimeout = ChatworkResilience.BuildAttemptTimeout(settings, timeProvider);
    }

    public ChatworkOptions Options { get; }

    public ApiBudget Budget => _budget;

    /// <summary>Sends <paramref name="request"/> with retries and returns the successful answer (2xx; 204 has an empty body).</summary>
    /// <exception cref="ChatworkApiException">The API answered an error status (after retries for 429 and 5xx).</exception>
    /// <exception cref="ChatworkRequestException">No usable answer: network, timeout, open circuit.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ChatworkResilience.RequestKey, request);
        Outcome<ApiResponse> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.AttemptAsync(ctx.Properties.GetValue(ChatworkResilience.RequestKey, null!), ctx.CancellationToken));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<ApiResponse>(ex);
                    }
                },
                context,
                this);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            throw Translate(request, exception, cancellationToken);
        }

        var response = outcome.Result!;
        if (response.IsSuccess)
        {
            return response;
        }

        throw new ChatworkApiException(request.MethodName, request.Path, response.StatusCode, response.ReadErrors(), response.RateLimit.Reset);
    }

    public void Dispose() => _rest.Dispose();

    private async Task<ApiResponse> AttemptAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var waitStarted = _time.GetTimestamp();
        using (var lease = await _budget.AcquireAsync(request.BudgetCall, 1, cancellationToken))
        {
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The API budget refused a waiting request; it only does that when disposed.");
            }
        }

        var waited = _time.GetElapsedTime(waitStarted);
        if (waited >= SlowBudgetWait)
        {
            Log.WaitedForBudget(_logger, request.MethodName, request.Path, request.Priority, waited);
        }

        // The timeout covers the HTTP exchange only; waiting for budget is not the server being slow.
        var response = await _attemptTimeout.ExecuteAsync(
            static (state, ct) => new ValueTask<ApiResponse>(state.transport.ExchangeAsync(state.request, ct)),
            (transport: this, request),
            cancellationToken);
        // A general 429 means "nothing more until reset", whatever remaining it carries: hold every caller, not just this one.
        _budget.Observe(response.IsRateLimited && !response.IsRoomPostingLimit()
            ? response.RateLimit with { Remaining = 0 }
            : response.RateLimit);
        return response;
    }

    private async Task<ApiResponse> ExchangeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        // HttpClient reads the whole body before answering, inside the attempt's timeout; ResponseBodyReader relies on that.
        var rest = new RestRequest(request.Path, request.Method) { CompletionOption = HttpCompletionOption.ResponseContentRead };
        foreach (var (name, value) in request.Query)
        {
            rest.AddQueryParameter(name, value);
        }

        if (request.Form.Count > 0)
        {
            // Encoded by hand so DELETE carries its form in the body as well (RestSharp would move it to the query).
            rest.AddStringBody(request.EncodeForm(), ContentType.FormUrlEncoded);
        }

        // The body is read once into a pooled array. RestSharp's own reading would copy it through a growing MemoryStream
        // into a new array and decode it again into a string that nothing here uses: for GET /rooms at 1,000 rooms (about
        // 270 KB) that left 1.86 MB on the large-object heap each cycle until the next full collection (docs/sync.md).
        (byte[]? Rented, int Length) body = default;
        rest.ResponseWriter = stream =>
        {
            body = ResponseBodyReader.Read(stream);
            return null;
        };
        var response = await _rest.ExecuteAsync(rest, cancellationToken);
        // RestSharp reports an error status as ResponseStatus.Error with a synthetic HttpRequestException carrying the status;
        // that is an answer. No status, or any other exception (a body cut off mid-read), is not.
        var answered = response.StatusCode != 0
            && (response.ResponseStatus == ResponseStatus.Completed || response.ErrorException is HttpRequestException { StatusCode: not null });
        if (!answered)
        {
            // Cancellation first: the caller's, or the attempt timeout's (which Polly turns into TimeoutRejectedException).
            cancellationToken.ThrowIfCancellationRequested();
            if (response.ErrorException is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }

            throw new HttpRequestException($"The request ended as {response.ResponseStatus} without an answer.");
        }

        return body.Rented is { } rented
            ? ApiResponse.WithPooledBody(response.StatusCode, rented, body.Length, ReadRateLimit(response))
            : new ApiResponse(response.StatusCode, ReadOnlyMemory<byte>.Empty, ReadRateLimit(response));
    }

    private static RateLimitHeaders ReadRateLimit(RestResponse response)
    {
        string? limit = null, remaining = null, reset = null;
        if (response.Headers is { } headers)
        {
            foreach (var header in headers)
            {
                if (string.Equals(header.Name, RateLimitHeaders.LimitHeader, StringComparison.OrdinalIgnoreCase))
                {
                    limit = header.Value;
                }
                else if (string.Equals(header.Name, RateLimitHeaders.RemainingHeader, StringComparison.OrdinalIgnoreCase))
                {
                    remaining = header.Value;
                }
                else if (string.Equals(header.Name, RateLimitHeaders.ResetHeader, StringComparison.OrdinalIgnoreCase))
                {
                    reset = header.Value;
                }
            }
        }

        return RateLimitHeaders.Parse(limit, remaining, reset);
    }

    private static Exception Translate(ApiRequest request, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // Surface the caller's own token, not the attempt's linked one, so callers can tell it was theirs.
            return new OperationCanceledException("The caller cancelled the Chatwork call.", exception, cancellationToken);
        }

        var mayHaveArrived = !request.IsIdempotent;
        return exception switch
        {
            TimeoutRejectedException => new ChatworkRequestException(request.MethodName, request.Path, ChatworkRequestFailure.Timeout, mayHaveArrived, exception),
            BrokenCircuitException => new ChatworkRequestException(request.MethodName, request.Path, ChatworkRequestFailure.CircuitOpen, false, exception),
            _ when TransportFailures.IsTransient(exception) => new ChatworkRequestException(request.MethodName, request.Path,
                ChatworkRequestFailure.Network, mayHaveArrived && !TransportFailures.ProvablyNotSent(exception), exception),
            _ => exception,
        };
    }
}
