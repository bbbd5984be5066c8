using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace ChatworkGuard.Chatwork.Resilience;

/// <summary>Builds the Polly pipelines around one Chatwork call: retry (outer) and circuit breaker, and the per-attempt timeout.</summary>
/// <remarks>
/// Retried: 429 (after x-ratelimit-reset, or the room window for the per-room limit), 5xx, network failures and attempt
/// timeouts. Never retried: other 4xx, and a POST whose request may have reached the server (5xx, timeout, lost answer):
/// the caller decides about those, see <c>ChatworkClient.PostMessageAsync</c>.
/// </remarks>
internal static class ChatworkResilience
{
    public static readonly ResiliencePropertyKey<ApiRequest> RequestKey = new("ChatworkGuard.Chatwork.Request");

    public static ResiliencePipeline<ApiResponse> BuildCallPipeline(ChatworkOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<ApiResponse> { Name = "chatwork", TimeProvider = time };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(args.Outcome, options, time)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    Log.Retrying(logger, request.MethodName, request.Path, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<ApiResponse>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            // A 429 means the API is alive and asks us to wait; only a failing API opens the circuit.
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } ex ? TransportFailures.IsTransient(ex) : args.Outcome.Result!.IsServerError),
            OnOpened = args =>
            {
                Log.CircuitOpened(logger, args.BreakDuration);
                return default;
            },
            OnClosed = _ =>
            {
                Log.CircuitClosed(logger);
                return default;
            },
        });

        return builder.Build();
    }

    public static ResiliencePipeline BuildAttemptTimeout(ChatworkOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder { Name = "chatwork-attempt", TimeProvider = time }
            .AddTimeout(options.AttemptTimeout)
            .Build();

    private static bool ShouldRetry(Outcome<ApiResponse> outcome, ResilienceContext context)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        if (outcome.Exception is { } exception)
        {
            if (!TransportFailures.IsTransient(exception))
            {
                return false;
            }

            // A POST that may have arrived is not repeated blindly: it could post a warning twice.
            return request.IsIdempotent || TransportFailures.ProvablyNotSent(exception);
        }

        var response = outcome.Result!;
        if (response.IsRateLimited)
        {
            // A 429 was refused by the server, so repeating it cannot duplicate anything.
            return true;
        }

        return response.IsServerError && request.IsIdempotent;
    }

    private static TimeSpan? RateLimitDelay(Outcome<ApiResponse> outcome, ChatworkOptions options, TimeProvider time)
    {
        if (outcome.Result is not { IsRateLimited: true } response)
        {
            return null;
        }

        if (response.IsRoomPostingLimit())
        {
            return options.RoomPostWindow;
        }

        if (response.RateLimit.Reset is { } reset)
        {
            var wait = reset - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string Describe(Outcome<ApiResponse> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name : ((int)outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + outcome.Result.StatusCode;
}
