using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive.Sqlite;

/// <summary>The SQLite verify walk cut into seq ranges of 16 numbers on three worker threads, so a room of 100 records
/// crosses every boundary: ranges handed back out of order would break the chain, a lost range would hide a break.
/// The record path (<see cref="ChainVerifier.VerifyAsync"/> over <see cref="IArchiveStore.ReadRoomAsync"/>) is the
/// reference for what must be reported.</summary>
public sealed partial class SqliteArchiveStoreTests
{
    private const long ChunkRoom = 12;

    /// <summary>A tampering, and how many rows the room then has (the walk counts every row, also after a break).</summary>
    public static TheoryData<string, string, int> Tamperings => new()
    {
        { "intact", "SELECT 1", 100 },
        { "one body changed mid-range", "UPDATE archive_records SET body = body || '.' WHERE room_id = 12 AND seq = 37", 100 },
        { "a later range broken too: the first break wins", "UPDATE archive_records SET body = 'x' WHERE room_id = 12 AND seq IN (23, 80)", 100 },
        { "a later range broken first on its worker", "UPDATE archive_records SET body = 'x' WHERE room_id = 12 AND seq IN (90, 70)", 100 },
        { "a gap wider than three ranges", "DELETE FROM archive_records WHERE room_id = 12 AND seq BETWEEN 40 AND 95", 44 },
        { "the tail deleted", "DELETE FROM archive_records WHERE room_id = 12 AND seq > 97", 97 },
        { "the last record of a range changed", "UPDATE archive_records SET account_id = NULL WHERE room_id = 12 AND seq = 48", 100 },
        {
            "two records swapped across a range boundary",
            "UPDATE archive_records SET seq = -48 WHERE room_id = 12 AND seq = 48; " +
            "UPDATE archive_records SET seq = 48 WHERE room_id = 12 AND seq = 49; " +
            "UPDATE archive_records SET seq = 49 WHERE room_id = 12 AND seq = -48",
            100
        },
        { "a stored hash cut short", "UPDATE archive_records SET hash = substr(hash, 1, 31) WHERE room_id = 12 AND seq = 66", 100 },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task VerifyRoomAsync_SmallRangesOnThreeWorkers_ReportsWhatTheRecordPathReports(string tampering, string sql, int rows)
    {
        await Store.AppendBatchAsync([.. Drafts.Messages(ChunkRoom, 100), .. Drafts.Messages(ChunkRoom + 1, 40)], CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();
        await ExecuteSqlAsync(sql);
        await using var chunked = CreateChunkedStore();

        var result = await ChainVerifier.VerifyRoomAsync(chunked, ChunkRoom, null, CancellationToken.None);

        var head = await Store.GetChainHeadAsync(ChunkRoom, CancellationToken.None);
        var reference = await ChainVerifier.VerifyAsync(ChunkRoom, Store.ReadRoomAsync(ChunkRoom, 1, CancellationToken.None), head, null, CancellationToken.None);
        Assert.Equal(tampering == "intact", result.IsIntact);
        Assert.Equal(rows, result.RecordCount);
        Assert.Equal(reference.ComputedHead, result.ComputedHead);
        Assert.Equal((reference.Break?.Kind, reference.Break?.Sequence), (result.Break?.Kind, result.Break?.Sequence));
    }

    [Fact]
    public async Task ReadLinksAsync_SmallRanges_YieldsEveryRowOnceInSeqOrderWithItsHash()
    {
        await Store.AppendBatchAsync(Drafts.Messages(ChunkRoom, 100), CancellationToken.None);
        await using var chunked = CreateChunkedStore();

        var links = await ReadLinksAsync(chunked, CancellationToken.None);

        var records = await ReadAllAsync(ChunkRoom);
        Assert.Equal(records.Select(r => (r.Sequence, r.Hash, r.Hash)), links.Select(l => (l.Sequence, l.Hash, l.ComputedHash)));
    }

    [Fact]
    public async Task ReadLinksAsync_SeqValuesAtBothEndsOfInt64_ReadsThemAndEnds()
    {
        await Store.AppendBatchAsync(Drafts.Messages(ChunkRoom, 30), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();
        // Copies of record 5 far below and far above the chain: the ranges must reach both without stepping through
        // 2^64 / 16 empty ones, and without overflowing.
        foreach (var seq in new[] { long.MinValue, -1, 0, long.MaxValue - 1, long.MaxValue })
        {
            await ExecuteSqlAsync(
                "INSERT INTO archive_records (room_id, seq, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, prev_hash, hash) " +
                "SELECT room_id, @seq, kind, message_id, account_id, account_name, body, send_time, update_time, observed_at_ms, source, details, prev_hash, hash " +
                "FROM archive_records WHERE room_id = 12 AND seq = 5", ("@seq", seq));
        }

        await using var chunked = CreateChunkedStore();
        var links = await ReadLinksAsync(chunked, CancellationToken.None);
        var result = await ChainVerifier.VerifyRoomAsync(chunked, ChunkRoom, null, CancellationToken.None);

        Assert.Equal([long.MinValue, -1, 0, .. Enumerable.Range(1, 30).Select(n => (long)n), long.MaxValue - 1, long.MaxValue], links.Select(l => l.Sequence));
        Assert.False(result.IsIntact);
        Assert.Equal(35, result.RecordCount);
    }

    [Fact]
    public async Task VerifyRoomAsync_Cancelled_ThrowsAndLetsGoOfTheFile()
    {
        // More than the 4,096 records after which the walk first reports progress.
        await Store.AppendBatchAsync(Drafts.Messages(ChunkRoom, 5000), CancellationToken.None);
        await using var chunked = CreateChunkedStore();
        Assert.True((await ChainVerifier.VerifyRoomAsync(chunked, ChunkRoom, null, CancellationToken.None)).IsIntact);
        var before = OpenHandlesOnDatabase();
        using var cancellation = new CancellationTokenSource();
        // Cancelled from the walk itself, mid-room: the workers are then busy or waiting for free ranges.
        var progress = new SynchronousProgress(count => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ChainVerifier.VerifyRoomAsync(chunked, ChunkRoom, progress, cancellation.Token));

        Assert.True(progress.Reports > 0, "the walk had started");
        Assert.Equal(before, OpenHandlesOnDatabase());
        Assert.True((await ChainVerifier.VerifyRoomAsync(chunked, ChunkRoom, null, CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task ReadLinksAsync_LeftAfterTheFirstLink_StopsTheWorkersAndLetsGoOfTheFile()
    {
        await Store.AppendBatchAsync(Drafts.Messages(ChunkRoom, 400), CancellationToken.None);
        await using var chunked = CreateChunkedStore();
        _ = await ReadLinksAsync(chunked, CancellationToken.None);
        var before = OpenHandlesOnDatabase();

        // The workers fill every free range and then wait for the walk to give one back, which it never does.
        await foreach (var link in ((IChainLinkSource)chunked).ReadLinksAsync(ChunkRoom, CancellationToken.None))
        {
            Assert.Equal(1, link.Sequence);
            break;
        }

        Assert.Equal(before, OpenHandlesOnDatabase());
    }

    private SqliteArchiveStore CreateChunkedStore() => new(new SqliteArchiveStoreOptions
    {
        ConnectionString = ConnectionString,
        ReadOnly = true,
        VerifyChunkRows = 16,
        VerifyWorkers = 3,
    });

    private static async Task<List<ChainLink>> ReadLinksAsync(SqliteArchiveStore store, CancellationToken cancellationToken)
    {
        var links = new List<ChainLink>();
        await foreach (var link in ((IChainLinkSource)store).ReadLinksAsync(ChunkRoom, cancellationToken))
        {
            links.Add(link);
        }

        return links;
    }

    /// <summary>How many file descriptors of this process point at the archive file (Linux: /proc/self/fd). The workers'
    /// connections are not pooled, so each one left open would show here.</summary>
    private int OpenHandlesOnDatabase() => Directory.EnumerateFiles("/proc/self/fd").Count(fd =>
    {
        try
        {
            return new FileInfo(fd).LinkTarget == DatabasePath;
        }
        catch (IOException)
        {
            return false; // closed while the directory was listed
        }
    });

    /// <summary>Reports on the walking thread, as it happens (<see cref="Progress{T}"/> would post them elsewhere, later).</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public int Reports { get; private set; }

        public void Report(long value)
        {
            Reports++;
            report(value);
        }
    }
}
