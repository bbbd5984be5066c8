using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive.Sqlite;

/// <summary>The SQLite verify path hashes stored bytes directly; it must agree with <see cref="HashChain"/> exactly.</summary>
public sealed partial class SqliteArchiveStoreTests
{
    [Fact]
    public async Task ReadLinksAsync_EveryFieldShape_ComputesTheSameHashAsTheRecordPath()
    {
        RecordDraft[] drafts =
        [
            Drafts.Message(8, 1, "日本語と emoji 👍🏽 と\r\n改行"),
            Drafts.Message(8, 2, string.Empty) with { AccountName = null, SendTime = null },
            Drafts.Event(8, RecordKind.Gap, """{"count": 3, "note": "値"}"""),
            Drafts.Event(8, RecordKind.Checkpoint) with { AccountId = long.MinValue, Body = "a\0b" },
            Drafts.Message(8, 3, new string('長', 20_000)),
        ];
        await Store.AppendBatchAsync(drafts, CancellationToken.None);

        var links = new List<ChainLink>();
        await foreach (var link in ((IChainLinkSource)Store).ReadLinksAsync(8, CancellationToken.None))
        {
            links.Add(link);
        }

        var records = await ReadAllAsync(8);
        Assert.Equal(records.Count, links.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.True(links[i].Readable);
            Assert.Equal(HashChain.ComputeHash(records[i]), links[i].ComputedHash);
            Assert.Equal(records[i].Hash, links[i].ComputedHash);
        }
    }

    [Fact]
    public async Task VerifyRoomAsync_ManyBatchesWithABreakDeepInside_FindsIt()
    {
        for (var first = 1; first <= 6000; first += 1000)
        {
            await Store.AppendBatchAsync(Drafts.Messages(5, 1000, first), CancellationToken.None);
        }

        Assert.True((await ChainVerifier.VerifyRoomAsync(Store, 5, null, CancellationToken.None)).IsIntact);
        await DisableAppendOnlyGuardsAsync();
        await ExecuteSqlAsync("UPDATE archive_records SET body = body || '.' WHERE room_id = 5 AND seq = 4500");

        var result = await ChainVerifier.VerifyRoomAsync(Store, 5, null, CancellationToken.None);

        Assert.Equal(6000, result.RecordCount);
        Assert.Equal((ChainBreakKind.Changed, 4500L), (result.Break?.Kind, result.Break?.Sequence ?? 0));
    }
}
