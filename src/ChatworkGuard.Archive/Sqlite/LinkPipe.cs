using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Hands one worker's hashed chunks to the verifier in the order they were filled, with a fixed set of chunks
/// that go round: the worker (a thread of its own, busy in SQLite) blocks while all of them are in use; the verifier
/// awaits the next one and gives it back when it has walked it. Memory stays at <c>chunks</c> chunks per worker.</summary>
internal sealed class LinkPipe : IDisposable
{
    private readonly ConcurrentQueue<LinkChunk> _free = new();
    private readonly SemaphoreSlim _freeCount;
    private readonly Channel<LinkChunk> _ready =
        Channel.CreateUnbounded<LinkChunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    public LinkPipe(int chunks, int chunkRows)
    {
        for (var i = 0; i < chunks; i++)
        {
            _free.Enqueue(new LinkChunk(chunkRows));
        }

        _freeCount = new SemaphoreSlim(chunks, chunks);
    }

    /// <summary>Worker: waits for a free chunk; throws <see cref="OperationCanceledException"/> when told to stop.</summary>
    public LinkChunk Rent(CancellationToken stop)
    {
        _freeCount.Wait(stop);
        return _free.TryDequeue(out var chunk) ? chunk : throw new InvalidOperationException("A free chunk was counted but not queued.");
    }

    /// <summary>Worker: passes a filled chunk on.</summary>
    public void Publish(LinkChunk chunk) => _ready.Writer.TryWrite(chunk);

    /// <summary>Worker: no more chunks; with <paramref name="error"/>, the verifier's next take throws it.</summary>
    public void Complete(Exception? error) => _ready.Writer.TryComplete(error);

    /// <summary>Verifier: the next filled chunk, or null when the worker has finished.</summary>
    public async ValueTask<LinkChunk?> TakeAsync(CancellationToken cancellationToken) =>
        await _ready.Reader.WaitToReadAsync(cancellationToken) && _ready.Reader.TryRead(out var chunk) ? chunk : null;

    /// <summary>Verifier: the chunk has been walked; the worker may fill it again.</summary>
    public void Return(LinkChunk chunk)
    {
        _free.Enqueue(chunk);
        _freeCount.Release();
    }

    public void Dispose() => _freeCount.Dispose();
}
