using System.Threading.Channels;
using ChatworkGuard.Chatwork.Webhooks;

namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// Verified webhook events waiting to be ingested. The endpoint answers Chatwork at once and this queue
/// hands the event to one reader, in arrival order. Bounded: if it ever fills, events are dropped and the
/// next poll archives the same messages (webhooks speed things up; polling is the guarantee).
/// </summary>
internal sealed class WebhookQueue
{
    private readonly Channel<WebhookPayload> _channel = Channel.CreateBounded<WebhookPayload>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private long _accepted;

    /// <summary>Queues an event; false when the queue is full.</summary>
    public bool TryEnqueue(WebhookPayload payload)
    {
        if (!_channel.Writer.TryWrite(payload))
        {
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
    public IAsyncEnumerable<WebhookPayload> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Events waiting.</summary>
    public int Count => _channel.Reader.Count;
}
