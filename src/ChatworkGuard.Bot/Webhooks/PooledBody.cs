using System.Buffers;

namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// A request body held in buffers rented from the shared pool, chunk by chunk as it arrived: nothing is copied into one
/// array before the signature is checked, and the buffers go back to the pool when it is disposed.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    /// <summary>The size of each rented chunk.</summary>
    public const int ChunkSize = 16 * 1024;

    private readonly List<(byte[] Buffer, int Count)> _chunks = [];

    /// <summary>Bytes held.</summary>
    public int Length { get; private set; }

    /// <summary>Rents a chunk to read the next bytes into; hand it back with <see cref="Commit"/>, even when 0 bytes were read.</summary>
    public static byte[] RentChunk() => ArrayPool<byte>.Shared.Rent(ChunkSize);

    /// <summary>Keeps the first <paramref name="count"/> bytes of <paramref name="chunk"/> (or returns it to the pool when 0).</summary>
    public void Commit(byte[] chunk, int count)
    {
        if (count == 0)
        {
            ArrayPool<byte>.Shared.Return(chunk);
            return;
        }

        _chunks.Add((chunk, count));
        Length += count;
    }

    /// <summary>Runs <paramref name="read"/> over the body as one span (in a pooled buffer of its own, returned after).</summary>
    public T Read<T>(Func<ReadOnlySpan<byte>, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_chunks.Count == 1)
        {
            return read(_chunks[0].Buffer.AsSpan(0, _chunks[0].Count));
        }

        var whole = ArrayPool<byte>.Shared.Rent(Math.Max(1, Length));
        try
        {
            var offset = 0;
            foreach (var (buffer, count) in _chunks)
            {
                buffer.AsSpan(0, count).CopyTo(whole.AsSpan(offset));
                offset += count;
            }

            return read(whole.AsSpan(0, Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole);
        }
    }

    public void Dispose()
    {
        foreach (var (buffer, _) in _chunks)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _chunks.Clear();
        Length = 0;
    }
}
