using System.Threading.Channels;

namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// Verified webhook events waiting to be ingested. The endpoint answers Chatwork at once and this queue
/// hands the event to one reader, in arrival order. Bounded by count (<see cref="MaxEvents"/>) and by the size of the
/// bodies waiting (<c>Webhooks:MaxQueuedBytes</c>): if either fills, events are dropped and the next poll archives the same
/// messages (webhooks speed things up; polling is the guarantee).
/// </summary>
internal sealed class WebhookQueue
{
    /// <summary>The most events waiting at once.</summary>
    public const int MaxEvents = 10_000;

    // Wait, not DropWrite: a full bounded channel then refuses TryWrite (DropWrite would report a dropped event as written).
    private readonly Channel<(WebhookPayload Payload, int Bytes)> _channel = Channel.CreateBounded<(WebhookPayload, int)>(
        new BoundedChannelOptions(MaxEvents) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly long _maxBytes;
    private long _accepted;
    private long _bytes;

    public WebhookQueue(IOptions<WebhooksOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxBytes = options.Value.MaxQueuedBytes;
    }

    /// <summary>Queues an event whose body was <paramref name="bytes"/> long; false when the queue is full by count or by bytes.</summary>
    public bool TryEnqueue(WebhookPayload payload, int bytes)
    {
        if (Interlocked.Add(ref _bytes, bytes) > _maxBytes)
        {
            Interlocked.Add(ref _bytes, -bytes);
            return false;
        }

        if (!_channel.Writer.TryWrite((payload, bytes)))
        {
            Interlocked.Add(ref _bytes, -bytes);
            return false;
        }

        Interlocked.Increment(ref _accepted);
        return true;
    }

    /// <summary>
    /// Events queued since the host started. With <see cref="WebhookProcessor.WaitForProcessedAsync"/> a caller can wait
    /// until everything accepted so far has been handled.
    /// </summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>The events, in arrival order, until the host stops.</summary>
    public async IAsyncEnumerable<WebhookPayload> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (payload, bytes) in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            Interlocked.Add(ref _bytes, -bytes);
            yield return payload;
        }
    }

    /// <summary>Events waiting.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Body bytes of the events waiting.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);
}
