using System.Text.Json.Serialization.Metadata;

namespace ChatworkGuard.Chatwork.Client;

/// <summary>The typed Chatwork client: builds requests, sends them through <see cref="ChatworkTransport"/>, reads the JSON.</summary>
internal sealed partial class ChatworkClient : IChatworkClient
{
    private const int MaxBodyLength = 65535;

    private readonly ChatworkTransport _transport;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OwnAccount _ownAccount;

    public ChatworkClient(ChatworkTransport transport, TimeProvider timeProvider, ILogger logger)
        : this(transport, timeProvider, logger, RequestPriority.Read, new OwnAccount())
    {
    }

    private ChatworkClient(ChatworkTransport transport, TimeProvider timeProvider, ILogger logger, RequestPriority readPriority, OwnAccount ownAccount)
    {
        _transport = transport;
        _time = timeProvider;
        _logger = logger;
        ReadPriority = readPriority;
        _ownAccount = ownAccount;
    }

    public RequestPriority ReadPriority { get; }

    public IChatworkRoomReader WithReadPriority(RequestPriority priority) =>
        priority == ReadPriority ? this : new ChatworkClient(_transport, _time, _logger, priority, _ownAccount);

    private ApiRequest Read(string path) => new(Method.Get, path, ReadPriority);

    private static ApiRequest Write(Method method, string path, long? postingRoomId = null) =>
        new(method, path, RequestPriority.Post) { PostingRoomId = postingRoomId };

    private async Task<T?> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Body.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(response.Body.Span, type);
        }
        catch (JsonException ex)
        {
            throw new ChatworkRequestException(request.MethodName, request.Path, ChatworkRequestFailure.InvalidResponse, false, ex);
        }
        finally
        {
            response.ReleaseBody();
        }
    }

    private async Task<T> SendRequiredAsync<T>(ApiRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        await SendAsync(request, type, cancellationToken)
        ?? throw new ChatworkRequestException(request.MethodName, request.Path, ChatworkRequestFailure.InvalidResponse, false,
            new JsonException("The answer had no body where an object was expected."));

    // Several list endpoints answer 204 with no body instead of [] when there is nothing to return.
    private async Task<IReadOnlyList<T>> SendListAsync<T>(ApiRequest request, JsonTypeInfo<IReadOnlyList<T>> type, CancellationToken cancellationToken) =>
        await SendAsync(request, type, cancellationToken) ?? [];

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Csv(IEnumerable<long> ids) => string.Join(',', ids.Select(Id));

    private static string MessageIdSegment(string messageId)
    {
        // Message ids are digit strings; anything else would let a caller walk the URL path.
        if (string.IsNullOrEmpty(messageId) || !messageId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A Chatwork message id is a non-empty string of digits.", nameof(messageId));
        }

        return messageId;
    }

    private static string CheckBody(string body, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(body, parameterName);
        if (body.Length is 0 or > MaxBodyLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A Chatwork body must be 1 to {MaxBodyLength} characters; this one has {body.Length}."), parameterName);
        }

        return body;
    }

    /// <summary>The bot's own account, fetched once and shared by every priority view.</summary>
    private sealed class OwnAccount
    {
        private MyAccount? _account;

        public MyAccount? Account
        {
            get => Volatile.Read(ref _account);
            set => Volatile.Write(ref _account, value);
        }
    }
}
