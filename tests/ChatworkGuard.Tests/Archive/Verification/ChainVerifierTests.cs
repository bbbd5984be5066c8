using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive.Verification;

public sealed class ChainVerifierTests
{
    private const long Room = 42;

    [Fact]
    public async Task VerifyAsync_IntactChain_IsIntactWithComputedHead()
    {
        var chain = Build(10);

        var result = await Verify(chain, Head(chain));

        Assert.True(result.IsIntact, result.Break?.Description);
        Assert.Equal(10, result.RecordCount);
        Assert.Equal(chain[^1].Hash, result.ComputedHead);
    }

    [Fact]
    public async Task VerifyAsync_BodyChanged_ReportsChangedAtThatRecord()
    {
        var chain = Build(10);
        chain[4] = chain[4] with { Body = "message 5 (altered)" };

        var result = await Verify(chain, Head(chain));

        AssertBreak(result, 5, ChainBreakKind.Changed);
    }

    [Fact]
    public async Task VerifyAsync_StoredHashRewrittenToMatchContent_ReportsTheNextRecord()
    {
        var chain = Build(10);
        var altered = chain[4] with { Body = "forged" };
        chain[4] = altered with { Hash = HashChain.ComputeHash(altered) };

        var result = await Verify(chain, Head(chain));

        // The forger fixed record 5's own hash, so record 6 no longer continues from it.
        Assert.False(result.IsIntact);
        Assert.Equal(6, result.Break!.Sequence);
    }

    [Fact]
    public async Task VerifyAsync_RecordDeleted_ReportsMissing()
    {
        var chain = Build(10);
        var head = Head(chain);
        chain.RemoveAt(4);

        var result = await Verify(chain, head);

        AssertBreak(result, 5, ChainBreakKind.Missing);
    }

    [Fact]
    public async Task VerifyAsync_RecordDeletedAndLaterOnesRenumbered_ReportsMissing()
    {
        var chain = Build(10);
        var head = Head(chain);
        chain.RemoveAt(4);
        for (var i = 4; i < chain.Count; i++)
        {
            chain[i] = chain[i] with { Sequence = i + 1 };
        }

        var result = await Verify(chain, head);

        AssertBreak(result, 5, ChainBreakKind.Missing);
    }

    [Fact]
    public async Task VerifyAsync_LastRecordDeleted_ReportsMissingFromTheStoredHead()
    {
        var chain = Build(10);
        var head = Head(chain);
        chain.RemoveAt(9);

        var result = await Verify(chain, head);

        AssertBreak(result, 10, ChainBreakKind.Missing);
    }

    [Fact]
    public async Task VerifyAsync_TwoRecordsSwapped_ReportsReordered()
    {
        var chain = Build(10);
        (chain[2], chain[3]) = (chain[3] with { Sequence = 3 }, chain[2] with { Sequence = 4 });

        var result = await Verify(chain, Head(chain));

        AssertBreak(result, 3, ChainBreakKind.Reordered);
    }

    [Fact]
    public async Task VerifyAsync_DistantRecordsSwapped_ReportsReordered()
    {
        var chain = Build(10);
        (chain[2], chain[6]) = (chain[6] with { Sequence = 3 }, chain[2] with { Sequence = 7 });

        var result = await Verify(chain, Head(chain));

        AssertBreak(result, 3, ChainBreakKind.Reordered);
    }

    [Fact]
    public async Task VerifyAsync_CarefullyForgedRecordInserted_ReportsInserted()
    {
        var chain = Build(10);
        var forged = HashChain.Seal(Drafts.Message(Room, 99, "I never said that"), 5, chain[3].Hash);
        chain.Insert(4, forged);
        for (var i = 5; i < chain.Count; i++)
        {
            chain[i] = chain[i] with { Sequence = i + 1 };
        }

        var result = await Verify(chain, Head(chain));

        AssertBreak(result, 5, ChainBreakKind.Inserted);
    }

    [Fact]
    public async Task VerifyAsync_CarelesslyForgedRecordInserted_ReportsInserted()
    {
        var chain = Build(10);
        var forged = HashChain.Seal(Drafts.Message(Room, 99, "I never said that"), 5, ChainHash.Zero);
        chain.Insert(4, forged);
        for (var i = 5; i < chain.Count; i++)
        {
            chain[i] = chain[i] with { Sequence = i + 1 };
        }

        var result = await Verify(chain, Head(chain));

        AssertBreak(result, 5, ChainBreakKind.Inserted);
    }

    [Fact]
    public async Task VerifyAsync_RecordsAfterTheStoredHead_ReportsInserted()
    {
        var chain = Build(10);
        var head = Head(chain);
        chain.Add(HashChain.Seal(Drafts.Message(Room, 11), 11, chain[^1].Hash));

        var result = await Verify(chain, head);

        AssertBreak(result, 11, ChainBreakKind.Inserted);
    }

    [Fact]
    public async Task VerifyAsync_RecordsButNoStoredHead_ReportsMissingHead()
    {
        var chain = Build(3);

        var result = await Verify(chain, null);

        Assert.False(result.IsIntact);
        Assert.Contains("chain head", result.Break!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_UnreadableRecord_ReportsChangedAtIt()
    {
        var chain = Build(5);

        var result = await ChainVerifier.VerifyAsync(Room, Throwing(chain, failAt: 3), Head(chain), null, CancellationToken.None);

        AssertBreak(result, 3, ChainBreakKind.Changed);
    }

    [Fact]
    public async Task VerifyAsync_ManyRecords_ReportsProgress()
    {
        var chain = Build(10_000);
        var reports = new List<long>();

        await ChainVerifier.VerifyAsync(Room, ToAsync(chain), Head(chain), new SynchronousProgress(reports), CancellationToken.None);

        Assert.Equal([4096, 8192, 10_000], reports);
    }

    private static void AssertBreak(RoomVerification result, long sequence, ChainBreakKind kind)
    {
        Assert.False(result.IsIntact, "the tampering must be detected");
        Assert.Equal(kind, result.Break!.Kind);
        Assert.Equal(sequence, result.Break.Sequence);
        Assert.Equal(Room, result.Break.RoomId);
    }

    private static List<ArchiveRecord> Build(int count)
    {
        var chain = new List<ArchiveRecord>(count);
        var previous = ChainHash.Zero;
        for (var n = 1; n <= count; n++)
        {
            var record = HashChain.Seal(Drafts.Message(Room, n), n, previous);
            chain.Add(record);
            previous = record.Hash;
        }

        return chain;
    }

    private static ChainHead Head(List<ArchiveRecord> chain) => new(Room, chain[^1].Sequence, chain[^1].Hash);

    private static Task<RoomVerification> Verify(List<ArchiveRecord> chain, ChainHead? head) =>
        ChainVerifier.VerifyAsync(Room, ToAsync(chain), head, null, CancellationToken.None);

    private static async IAsyncEnumerable<ArchiveRecord> ToAsync(IEnumerable<ArchiveRecord> records)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        await Task.CompletedTask;
    }

    private static async IAsyncEnumerable<ArchiveRecord> Throwing(List<ArchiveRecord> records, long failAt)
    {
        foreach (var record in records)
        {
            if (record.Sequence == failAt)
            {
                throw new ArchiveCorruptionException(Room, failAt, "unknown kind");
            }

            yield return record;
        }

        await Task.CompletedTask;
    }

    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
