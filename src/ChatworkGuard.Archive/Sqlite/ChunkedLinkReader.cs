namespace ChatworkGuard.Archive.Sqlite;

/// <summary>Streams a room's <see cref="ChainLink"/>s in seq order while several worker threads read and hash them, each
/// on its own connection: the room is cut into seq ranges of <c>chunkRows</c> numbers, range i goes to worker
/// i mod workers, and the verifier takes the ranges back in order. Reading a row costs more than hashing it, so reading
/// on one thread and hashing on another would leave the hashing core idle; here every core does both.</summary>
/// <remarks>
/// <para>Every worker plans the same ranges: the first starts at the room's lowest seq, each next one at the lowest seq
/// after the previous range, so no seq value is skipped (gaps, duplicates' neighbours, seq 0 or negative all land in some
/// range) and no range is empty. Only seq values up to the room's highest seq when the walk starts are read: records
/// are append-only, so every worker sees the same rows below it even while the bot appends.</para>
/// <para>Memory: <c>workers × ChunksPerWorker</c> chunks, whatever the size of the room.</para>
/// </remarks>
internal sealed class ChunkedLinkReader(
    Func<CancellationToken, Task<LinkConnection>> open,
    Func<Exception, Exception?> translate,
    long roomId,
    int chunkRows,
    int workers)
{
    // One being filled, one ready, one being walked.
    private const int ChunksPerWorker = 3;

    public async IAsyncEnumerable<ChainLink> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connections = new List<LinkConnection>(workers);
        var pipes = new List<LinkPipe>(workers);
        var threads = new List<Task>(workers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                connections.Add(await open(cancellationToken));
                pipes.Add(new LinkPipe(ChunksPerWorker, chunkRows));
            }

            if (MaxSequence(connections[0]) is not { } upper)
            {
                yield break;
            }

            for (var i = 0; i < workers; i++)
            {
                var (worker, connection, pipe) = (i, connections[i], pipes[i]);
                // Threads of their own: a worker blocks in SQLite for the whole walk, which would starve the thread pool.
                threads.Add(Task.Factory.StartNew(() => Work(worker, connection, pipe, upper, stop.Token),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            }

            for (var index = 0L; ; index++)
            {
                var pipe = pipes[(int)(index % workers)];
                if (await pipe.TakeAsync(cancellationToken) is not { } chunk)
                {
                    break;
                }

                for (var i = 0; i < chunk.Count; i++)
                {
                    yield return chunk.Links[i];
                }

                pipe.Return(chunk);
            }
        }
        finally
        {
            await stop.CancelAsync();
            // Workers never throw (their errors go through their pipes), so this only waits for them to let go of SQLite.
            await Task.WhenAll(threads);
            connections.ForEach(connection => connection.Dispose());
            pipes.ForEach(pipe => pipe.Dispose());
        }
    }

    private long? MaxSequence(LinkConnection connection)
    {
        try
        {
            return connection.MaxSequence(roomId);
        }
        catch (Exception exception) when (translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private void Work(int worker, LinkConnection connection, LinkPipe pipe, long upper, CancellationToken stop)
    {
        try
        {
            using var hasher = new RawRecordHasher(roomId);
            var index = 0L;
            var next = connection.NextSequence(roomId, long.MinValue, upper);
            while (next is { } first)
            {
                // The range [first, last], at most chunkRows numbers and never past upper (the difference is taken unsigned:
                // seq values are whatever the file holds, so first may be far below zero and upper far above it).
                var last = unchecked((ulong)upper - (ulong)first) < (ulong)(chunkRows - 1) ? upper : first + (chunkRows - 1);
                if (index % workers == worker)
                {
                    var chunk = pipe.Rent(stop);
                    hasher.Read(connection.Rows(roomId, first, last), chunk);
                    pipe.Publish(chunk);
                }

                next = last == upper ? null : connection.NextSequence(roomId, last + 1, upper);
                index++;
            }

            pipe.Complete(null);
        }
        catch (OperationCanceledException exception) when (stop.IsCancellationRequested)
        {
            pipe.Complete(exception);
        }
        catch (Exception exception)
        {
            pipe.Complete(translate(exception) ?? exception);
        }
    }
}
