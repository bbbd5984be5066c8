namespace ChatworkGuard.Chatwork.Client;

/// <summary>Reads an answer's body, which HttpClient has already buffered (ResponseContentRead), into an array from
/// <see cref="ArrayPool{T}.Shared"/>: one copy of memory whose length is known, nothing left for the garbage collector.</summary>
internal static class ResponseBodyReader
{
    /// <summary>The pooled array and how many of its bytes are the body; no array for an empty body.</summary>
    public static (byte[]? Rented, int Length) Read(Stream? stream)
    {
        if (stream is null)
        {
            return default;
        }

        // Not expected from HttpClient's buffered content; copied first rather than refused.
        using var copy = stream.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        var length = checked((int)(stream.Length - stream.Position));
        if (length == 0)
        {
            return default;
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        stream.ReadExactly(rented, 0, length);
        return (rented, length);
    }
}
