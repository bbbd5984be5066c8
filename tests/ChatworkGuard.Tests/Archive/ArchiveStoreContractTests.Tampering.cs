using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive;

/// <summary>The database refuses changes; and when someone goes around it with raw SQL, verify notices.</summary>
public abstract partial class ArchiveStoreContractTests
{
    private const long TamperRoom = 5;

    [StoreFact]
    public async Task RawUpdate_OnRecords_IsRefusedByTheDatabase()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 3), CancellationToken.None);

        var exception = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => ExecuteSqlAsync("UPDATE archive_records SET body = 'x' WHERE room_id = 5 AND seq = 2"));

        Assert.Contains("append-only", exception.Message, StringComparison.Ordinal);
        Assert.Equal("message 2", (await ReadAllAsync(TamperRoom))[1].Body);
    }

    [StoreFact]
    public async Task RawDelete_OnRecords_IsRefusedByTheDatabase()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 3), CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => ExecuteSqlAsync("DELETE FROM archive_records WHERE room_id = 5"));

        Assert.Equal(3, (await ReadAllAsync(TamperRoom)).Count);
    }

    [StoreFact]
    public async Task RawMoveBack_OfTheChainHead_IsRefusedByTheDatabase()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 3), CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => ExecuteSqlAsync("UPDATE archive_chain_heads SET seq = 2 WHERE room_id = 5"));
    }

    [StoreFact]
    public async Task Verify_OneByteOfABodyChanged_ReportsChanged()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 10), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        // "message 4" becomes "Message 4": one byte.
        await ExecuteSqlAsync("UPDATE archive_records SET body = 'M' || substr(body, 2) WHERE room_id = 5 AND seq = 4");

        Assert.Equal("Message 4", (await ReadAllAsync(TamperRoom))[3].Body);
        await AssertBrokenAsync(4, ChainBreakKind.Changed);
    }

    [StoreFact]
    public async Task Verify_RecordDeleted_ReportsMissing()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 10), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        await ExecuteSqlAsync("DELETE FROM archive_records WHERE room_id = 5 AND seq = 6");

        await AssertBrokenAsync(6, ChainBreakKind.Missing);
    }

    [StoreFact]
    public async Task Verify_LastRecordDeleted_ReportsMissing()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 10), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        await ExecuteSqlAsync("DELETE FROM archive_records WHERE room_id = 5 AND seq = 10");

        await AssertBrokenAsync(10, ChainBreakKind.Missing);
    }

    [StoreFact]
    public async Task Verify_ForgedRecordInserted_ReportsInserted()
    {
        var appended = await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 10), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();
        // Make room at 5 (two steps: the unique key is checked row by row), then insert a record that is correctly
        // hashed after record 4, as a careful forger would.
        await ExecuteSqlAsync("UPDATE archive_records SET seq = -(seq + 1) WHERE room_id = 5 AND seq >= 5");
        await ExecuteSqlAsync("UPDATE archive_records SET seq = -seq WHERE room_id = 5 AND seq < 0");
        var forgedDraft = Drafts.Message(TamperRoom, 99, "I never agreed to escrow") with { AccountId = null, AccountName = null, SendTime = null, UpdateTime = null };
        var forged = HashChain.Seal(forgedDraft, 5, appended[3].Record.Hash);
        await ExecuteSqlAsync(
            "INSERT INTO archive_records (room_id, seq, kind, message_id, body, observed_at_ms, source, prev_hash, hash) " +
            "VALUES (5, 5, 'message-created', @message_id, @body, @observed, 'poll', @prev, @hash)",
            ("@message_id", forged.MessageId),
            ("@body", forged.Body),
            ("@observed", forged.ObservedAt.ToUnixTimeMilliseconds()),
            ("@prev", forged.PreviousHash.ToArray()),
            ("@hash", forged.Hash.ToArray()));

        await AssertBrokenAsync(5, ChainBreakKind.Inserted);
    }

    [StoreFact]
    public async Task Verify_TwoRecordsSwapped_ReportsReordered()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 10), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        await ExecuteSqlAsync("UPDATE archive_records SET seq = -3 WHERE room_id = 5 AND seq = 3");
        await ExecuteSqlAsync("UPDATE archive_records SET seq = 3 WHERE room_id = 5 AND seq = 4");
        await ExecuteSqlAsync("UPDATE archive_records SET seq = 4 WHERE room_id = 5 AND seq = -3");

        await AssertBrokenAsync(3, ChainBreakKind.Reordered);
    }

    [StoreFact]
    public async Task Verify_KindRenamedToSomethingUnknown_ReportsChanged()
    {
        await Store.AppendBatchAsync(Drafts.Messages(TamperRoom, 5), CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        await ExecuteSqlAsync("UPDATE archive_records SET kind = 'message-hidden' WHERE room_id = 5 AND seq = 2");

        await AssertBrokenAsync(2, ChainBreakKind.Changed);
    }

    [StoreFact]
    public async Task Verify_OtherRooms_StayIntactWhenOneIsTampered()
    {
        await Store.AppendBatchAsync([.. Drafts.Messages(TamperRoom, 5), .. Drafts.Messages(6, 5)], CancellationToken.None);
        await DisableAppendOnlyGuardsAsync();

        await ExecuteSqlAsync("DELETE FROM archive_records WHERE room_id = 5 AND seq = 2");

        Assert.True((await ChainVerifier.VerifyRoomAsync(Store, 6, null, CancellationToken.None)).IsIntact);
    }

    private async Task AssertBrokenAsync(long sequence, ChainBreakKind kind)
    {
        // A fresh instance, as `chatwork-guard verify` would open it.
        await using var verifier = CreateStore();
        var result = await ChainVerifier.VerifyRoomAsync(verifier, TamperRoom, null, CancellationToken.None);

        Assert.False(result.IsIntact, "the tampering must be detected");
        Assert.Equal((kind, sequence), (result.Break!.Kind, result.Break.Sequence));
    }
}
