using ChatworkGuard.Bot.Webhooks;
using ChatworkGuard.Chatwork.Webhooks;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Bot.Webhooks;

public sealed class WebhookQueueTests
{
    private static WebhookQueue Queue(long maxBytes) => new(Options.Create(new WebhooksOptions { MaxQueuedBytes = maxBytes }));

    [Fact]
    public void TryEnqueue_BodiesBeyondTheByteBound_AreDroppedWhileFewEventsWait()
    {
        var queue = Queue(1024 * 1024);
        var accepted = 0;
        for (var i = 0; i < 10; i++)
        {
            accepted += queue.TryEnqueue(new WebhookPayload(), 256 * 1024) ? 1 : 0;
        }

        // Four 256 KiB bodies fill 1 MiB: the fifth is dropped although the count bound (10,000) is far away.
        Assert.Equal(4, accepted);
        Assert.Equal(4, queue.Count);
        Assert.Equal(1024 * 1024, queue.Bytes);
    }

    [Fact]
    public async Task ReadingAnEvent_FreesItsBytes()
    {
        var queue = Queue(1024 * 1024);
        Assert.True(queue.TryEnqueue(new WebhookPayload(), 1024 * 1024));
        Assert.False(queue.TryEnqueue(new WebhookPayload(), 1));
        using var stop = new CancellationTokenSource();

        await using (var events = queue.ReadAllAsync(stop.Token).GetAsyncEnumerator(stop.Token))
        {
            Assert.True(await events.MoveNextAsync());
        }

        Assert.Equal(0, queue.Bytes);
        Assert.True(queue.TryEnqueue(new WebhookPayload(), 1));
    }

    [Fact]
    public void TryEnqueue_CountBound_StillHolds()
    {
        var queue = Queue(1024L * 1024 * 1024);
        var accepted = 0;
        for (var i = 0; i < WebhookQueue.MaxEvents + 5; i++)
        {
            accepted += queue.TryEnqueue(new WebhookPayload(), 10) ? 1 : 0;
        }

        Assert.Equal(WebhookQueue.MaxEvents, accepted);
        Assert.Equal(WebhookQueue.MaxEvents * 10L, queue.Bytes);
    }
}
