using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive;

/// <summary>The behaviour every <see cref="IArchiveStore"/> must have; one subclass per database.</summary>
public abstract partial class ArchiveStoreContractTests : IAsyncLifetime
{
    private IArchiveStore? _store;

    protected IArchiveStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        await CreateArchiveAsync();
        _store = CreateStore();
        await Store.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await DeleteArchiveAsync();
    }

    /// <summary>Creates an empty archive location (a temp file, a schema) for this test.</summary>
    protected abstract Task CreateArchiveAsync();

    /// <summary>A store on this test's archive; each call is a separate instance, like another process.</summary>
    protected abstract IArchiveStore CreateStore();

    protected abstract Task DeleteArchiveAsync();

    /// <summary>Runs raw SQL against the archive, bypassing the store (for tampering).</summary>
    protected abstract Task ExecuteSqlAsync(string sql, params (string Name, object? Value)[] parameters);

    /// <summary>Removes the database's refusal of UPDATE and DELETE, as an attacker with file access could.</summary>
    protected abstract Task DisableAppendOnlyGuardsAsync();

    [StoreFact]
    public async Task AppendAsync_FirstRecord_GetsSequenceOneAndZeroPrevious()
    {
        var result = await Store.AppendAsync(Drafts.Message(1, 1), CancellationToken.None);

        Assert.True(result.Added);
        Assert.Equal(1, result.Record.Sequence);
        Assert.Equal(ChainHash.Zero, result.Record.PreviousHash);
        Assert.Equal(new ChainHead(1, 1, result.Record.Hash), await Store.GetChainHeadAsync(1, CancellationToken.None));
    }

    [StoreFact]
    public async Task AppendAsync_SeveralRecords_FormAnIntactChain()
    {
        foreach (var draft in Drafts.Messages(1, 20))
        {
            await Store.AppendAsync(draft, CancellationToken.None);
        }

        var result = await ChainVerifier.VerifyRoomAsync(Store, 1, null, CancellationToken.None);

        Assert.True(result.IsIntact, result.Break?.Description);
        Assert.Equal(20, result.RecordCount);
    }

    [StoreFact]
    public async Task AppendAsync_SameMessageVersionTwice_AddsNothing()
    {
        var first = await Store.AppendAsync(Drafts.Message(1, 1, "hello"), CancellationToken.None);
        // The webhook reports the same version later, calling it an edit.
        var again = await Store.AppendAsync(
            Drafts.Message(1, 1, "hello") with { Kind = RecordKind.MessageEdited, Source = RecordSource.Webhook, ObservedAt = Drafts.Epoch.AddMinutes(5) },
            CancellationToken.None);

        Assert.False(again.Added);
        Assert.Equal(first.Record, again.Record);
        Assert.Equal(1, (await Store.GetChainHeadAsync(1, CancellationToken.None))!.Sequence);
    }

    [StoreFact]
    public async Task AppendAsync_AfterReopening_StillRecognisesDuplicates()
    {
        await Store.AppendAsync(Drafts.Message(1, 1, "hello"), CancellationToken.None);
        await using var reopened = CreateStore();

        var again = await reopened.AppendAsync(Drafts.Message(1, 1, "hello"), CancellationToken.None);

        Assert.False(again.Added);
    }

    [StoreFact]
    public async Task AppendAsync_NewVersionOfAMessage_IsAdded()
    {
        await Store.AppendAsync(Drafts.Message(1, 1, "hello"), CancellationToken.None);

        var edit = await Store.AppendAsync(Drafts.Message(1, 1, "hello, edited", updateTime: 1_751_362_999, kind: RecordKind.MessageEdited), CancellationToken.None);

        Assert.True(edit.Added);
        Assert.Equal(2, edit.Record.Sequence);
    }

    [StoreFact]
    public async Task AppendAsync_SameKeyInAnotherRoom_IsAdded()
    {
        await Store.AppendAsync(Drafts.Message(1, 1, "hello"), CancellationToken.None);

        var other = await Store.AppendAsync(Drafts.Message(2, 1, "hello"), CancellationToken.None);

        Assert.True(other.Added, "idempotency keys are scoped to a room");
    }

    [StoreFact]
    public async Task AppendBatchAsync_DuplicatesInsideAndAcrossBatches_AddEachVersionOnce()
    {
        await Store.AppendBatchAsync(Drafts.Messages(1, 5), CancellationToken.None);
        var second = Drafts.Messages(1, 10); // 1–5 again, then 6–10
        second.Add(Drafts.Message(1, 7));

        var results = await Store.AppendBatchAsync(second, CancellationToken.None);

        Assert.Equal(11, results.Count);
        Assert.Equal([false, false, false, false, false, true, true, true, true, true, false], results.Select(r => r.Added));
        Assert.Equal(results[6].Record, results[10].Record);
        Assert.Equal(10, (await Store.GetChainHeadAsync(1, CancellationToken.None))!.Sequence);
    }

    [StoreFact]
    public async Task AppendBatchAsync_SeveralRooms_KeepsOneChainPerRoomInListOrder()
    {
        var drafts = Enumerable.Range(1, 30).Select(n => Drafts.Message(n % 3 + 1, n)).ToList();

        await Store.AppendBatchAsync(drafts, CancellationToken.None);

        foreach (var room in new long[] { 1, 2, 3 })
        {
            var bodies = await ReadAllAsync(room);
            Assert.Equal(drafts.Where(d => d.RoomId == room).Select(d => d.Body), bodies.Select(r => r.Body));
            Assert.True((await ChainVerifier.VerifyRoomAsync(Store, room, null, CancellationToken.None)).IsIntact);
        }
    }

    [StoreFact]
    public async Task AppendBatchAsync_OneInvalidDraft_AddsNothing()
    {
        var drafts = Drafts.Messages(1, 3);
        drafts.Add(Drafts.Message(1, 4) with { MessageId = null });

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendBatchAsync(drafts, CancellationToken.None));

        Assert.Null(await Store.GetChainHeadAsync(1, CancellationToken.None));
        Assert.Empty(await ReadAllAsync(1));
    }

    [StoreFact]
    public async Task ReadRoomAsync_EveryField_RoundTripsExactly()
    {
        var draft = new RecordDraft
        {
            RoomId = 9,
            Kind = RecordKind.MessageEdited,
            MessageId = "1947277194111881216",
            AccountId = long.MaxValue,
            AccountName = "山田 太郎 👍",
            Body = "line one\r\nline two\n\t<script>alert(1)</script> ＬＩＮＥ",
            SendTime = 1_751_362_200,
            UpdateTime = 1_751_362_300,
            ObservedAt = Drafts.Epoch.AddTicks(1234567),
            Source = RecordSource.Resync,
            Details = """{"a": [1, 2], "b": "値"}""",
        };
        var appended = await Store.AppendAsync(draft, CancellationToken.None);
        var empty = await Store.AppendAsync(Drafts.Event(9, RecordKind.Checkpoint) with { Body = string.Empty }, CancellationToken.None);

        var read = await ReadAllAsync(9);

        Assert.Equal([appended.Record, empty.Record], read);
        Assert.Equal(string.Empty, read[1].Body);
        Assert.Null(read[1].AccountName);
    }

    [StoreFact]
    public async Task ReadRoomAsync_FromSequence_StartsThere()
    {
        await Store.AppendBatchAsync(Drafts.Messages(1, 10), CancellationToken.None);

        var tail = new List<long>();
        await foreach (var record in Store.ReadRoomAsync(1, 8, CancellationToken.None))
        {
            tail.Add(record.Sequence);
        }

        Assert.Equal([8, 9, 10], tail);
    }

    [StoreFact]
    public async Task FindObservedRangeAsync_Window_GivesTheSeqsObservedInsideAndTheRoomsSpan()
    {
        // Messages 1..10 are observed 1..10 s after the epoch; message 6 is appended again later, observed at 2 s, out
        // of order, as a late webhook can be: it is seq 11.
        await Store.AppendBatchAsync(Drafts.Messages(1, 10), CancellationToken.None);
        await Store.AppendAsync(Drafts.Message(1, 11) with { ObservedAt = Drafts.Epoch.AddSeconds(2) }, CancellationToken.None);
        await Store.AppendBatchAsync(Drafts.Messages(2, 3), CancellationToken.None);

        var inside = await Store.FindObservedRangeAsync(1, Drafts.Epoch.AddSeconds(4), Drafts.Epoch.AddSeconds(7), CancellationToken.None);
        var early = await Store.FindObservedRangeAsync(1, null, Drafts.Epoch.AddSeconds(3), CancellationToken.None);
        var open = await Store.FindObservedRangeAsync(1, null, null, CancellationToken.None);
        var none = await Store.FindObservedRangeAsync(1, Drafts.Epoch.AddDays(1), null, CancellationToken.None);
        var unknown = await Store.FindObservedRangeAsync(99, null, null, CancellationToken.None);

        // [4 s, 7 s): seqs 4, 5, 6; the end is excluded.
        Assert.Equal(new ObservedRange(4, 6, Drafts.Epoch.AddSeconds(1), Drafts.Epoch.AddSeconds(10)), inside);
        Assert.Equal((1L, 11L), (early.FirstSequence!.Value, early.LastSequence!.Value));
        Assert.Equal((1L, 11L), (open.FirstSequence!.Value, open.LastSequence!.Value));
        Assert.True(none.IsEmpty);
        Assert.Equal(Drafts.Epoch.AddSeconds(10), none.RoomLastObservedAt);
        Assert.Equal(new ObservedRange(null, null, null, null), unknown);
    }

    [StoreFact]
    public async Task ListRoomsAsync_ReturnsEveryRoomInOrder()
    {
        await Store.AppendAsync(Drafts.Message(30, 1), CancellationToken.None);
        await Store.AppendAsync(Drafts.Message(10, 1), CancellationToken.None);
        await Store.AppendAsync(Drafts.Message(20, 1), CancellationToken.None);

        Assert.Equal([10, 20, 30], await Store.ListRoomsAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task GetChainHeadAsync_UnknownRoom_IsNull()
    {
        Assert.Null(await Store.GetChainHeadAsync(12345, CancellationToken.None));
    }

    [StoreFact]
    public async Task GetMessageVersionsAsync_WholeRoomWithEditedAndDeletedMessages_ReturnsTheLatestOfEach()
    {
        await Store.AppendBatchAsync(
            [
                Drafts.Message(1, 1, "one"),
                Drafts.Message(1, 2, "two"),
                Drafts.Message(1, 3, "three"),
                Drafts.Event(1, RecordKind.WarningPosted),
                Drafts.Message(1, 2, "two, edited", updateTime: 1_751_362_500, kind: RecordKind.MessageEdited),
                Drafts.Message(1, 3, "three", kind: RecordKind.MessageDeleted),
                Drafts.Message(2, 1, "other room"),
            ],
            CancellationToken.None);

        var slice = await Store.GetMessageVersionsAsync(1, MessageVersionQuery.ForWholeRoom(), CancellationToken.None);
        var versions = slice.Versions;

        Assert.Equal(3, versions.Count);
        var one = versions[Drafts.Message(1, 1).MessageId!];
        var two = versions[Drafts.Message(1, 2).MessageId!];
        var three = versions[Drafts.Message(1, 3).MessageId!];
        Assert.Equal(("one", RecordKind.MessageCreated, false), (one.Body, one.Kind, one.IsDeleted));
        Assert.Equal(("two, edited", 1_751_362_500L, 5L), (two.Body, two.UpdateTime!.Value, two.Sequence));
        Assert.True(three.IsDeleted);
        Assert.Equal("three", three.Body);
    }

    [StoreFact]
    public async Task InitializeAsync_Twice_AppliesMigrationsOnce()
    {
        await using var second = CreateStore();

        await second.InitializeAsync(CancellationToken.None);
        await Store.InitializeAsync(CancellationToken.None);
        await second.AppendAsync(Drafts.Message(1, 1), CancellationToken.None);

        Assert.Equal(1, (await Store.GetChainHeadAsync(1, CancellationToken.None))!.Sequence);
    }

    protected async Task<List<ArchiveRecord>> ReadAllAsync(long roomId, IArchiveStore? store = null)
    {
        var records = new List<ArchiveRecord>();
        await foreach (var record in (store ?? Store).ReadRoomAsync(roomId, 1, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
