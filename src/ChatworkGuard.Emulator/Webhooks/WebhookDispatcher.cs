using System.Threading.Channels;

namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>Turns message changes into webhook POSTs and sends them one at a time, in order, off the API's
/// request path. A failed POST is never resent (docs/chatwork-api.md §7).</summary>
internal sealed partial class WebhookDispatcher : IRoomEventSink, IAsyncDisposable
{
    public const string UserAgent = "ChatWork-Webhook/1.0.0";

    private readonly Channel<WebhookDelivery> _queue = Channel.CreateUnbounded<WebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<WebhookDeliveryRecord> _deliveries = new();
    private readonly WebhookRegistry _registry;
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private int _pending;

    public WebhookDispatcher(WebhookRegistry registry, EmulatorOptions options, TimeProvider timeProvider, ILogger<WebhookDispatcher> logger)
    {
        _registry = registry;
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    public IReadOnlyList<WebhookDeliveryRecord> Deliveries => _deliveries.ToArray();

    /// <summary>Deliveries queued or in flight; 0 once everything announced so far has been attempted.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void MessageCreated(long roomId, StoredMessage message, IReadOnlyCollection<long> memberIds) =>
        Announce(roomId, message, memberIds, WebhookEvents.MessageCreated, WebhookPayloads.MessageCreated);

    public void MessageUpdated(long roomId, StoredMessage message, IReadOnlyCollection<long> memberIds) =>
        Announce(roomId, message, memberIds, WebhookEvents.MessageUpdated, WebhookPayloads.MessageUpdated);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping mid-delivery is expected at shutdown.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private void Announce(long roomId, StoredMessage message, IReadOnlyCollection<long> memberIds, WebhookEvents roomEvent, string eventType)
    {
        var eventTime = _time.GetUtcNow().ToUnixTimeSeconds();
        foreach (var setting in _registry.Matching(s => s.RoomId == roomId && s.Events.HasFlag(roomEvent) && memberIds.Contains(s.AccountId)))
        {
            Enqueue(new WebhookDelivery(setting, eventType, WebhookPayloads.ForMessage(setting.Id, eventType, eventTime, roomId, message)));
        }

        foreach (var mentioned in message.MentionedIds)
        {
            if (mentioned == message.Author.Id || !memberIds.Contains(mentioned))
            {
                continue;
            }

            foreach (var setting in _registry.Matching(s => s.AccountId == mentioned && s.Events.HasFlag(WebhookEvents.MentionToMe)))
            {
                Enqueue(new WebhookDelivery(setting, WebhookPayloads.MentionToMe, WebhookPayloads.ForMention(setting.Id, eventTime, roomId, mentioned, message)));
            }
        }
    }

    private void Enqueue(WebhookDelivery delivery)
    {
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(delivery))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                await DeliverAsync(delivery, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.WebhookLoopError(_logger, exception);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
