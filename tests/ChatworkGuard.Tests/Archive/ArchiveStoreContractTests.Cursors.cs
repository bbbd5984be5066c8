using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive;

/// <summary>Sync cursors: stored beside the chains, forward only, shared by every instance on the database.</summary>
public abstract partial class ArchiveStoreContractTests
{
    private ISyncCursorStore Cursors => (ISyncCursorStore)Store;

    [StoreFact]
    public async Task LoadCursorsAsync_NothingSaved_IsEmpty()
    {
        Assert.Empty(await Cursors.LoadCursorsAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task SaveCursorAsync_NewerRead_ReplacesTheCursorAndAnotherInstanceSeesIt()
    {
        await Cursors.SaveCursorAsync(new SyncCursor(7, 1_700_000_000, 3, Drafts.Epoch), CancellationToken.None);
        await Cursors.SaveCursorAsync(new SyncCursor(7, 1_700_000_060, 5, Drafts.Epoch.AddMinutes(1)), CancellationToken.None);
        await Cursors.SaveCursorAsync(new SyncCursor(8, 1_700_000_010, 1, Drafts.Epoch), CancellationToken.None);

        await using var other = CreateStore();
        var cursors = await ((ISyncCursorStore)other).LoadCursorsAsync(CancellationToken.None);

        Assert.Equal(new SyncCursor(7, 1_700_000_060, 5, Drafts.Epoch.AddMinutes(1)), cursors[7]);
        Assert.Equal(new SyncCursor(8, 1_700_000_010, 1, Drafts.Epoch), cursors[8]);
        Assert.Equal(2, cursors.Count);
    }

    [StoreFact]
    public async Task SaveCursorAsync_OlderRead_LeavesTheNewerCursor()
    {
        var newer = new SyncCursor(7, 1_700_000_060, 5, Drafts.Epoch.AddMinutes(1));
        await Cursors.SaveCursorAsync(newer, CancellationToken.None);

        // An instance that read before the newer read but saves after it.
        await Cursors.SaveCursorAsync(new SyncCursor(7, 1_700_000_000, 3, Drafts.Epoch), CancellationToken.None);

        Assert.Equal(newer, (await Cursors.LoadCursorsAsync(CancellationToken.None))[7]);
    }

    [StoreFact]
    public async Task Cursors_AreOutsideTheChains()
    {
        await Store.AppendAsync(Drafts.Message(7, 1), CancellationToken.None);
        var head = await Store.GetChainHeadAsync(7, CancellationToken.None);

        await Cursors.SaveCursorAsync(new SyncCursor(7, 1_700_000_000, 1, Drafts.Epoch), CancellationToken.None);
        await Cursors.SaveCursorAsync(new SyncCursor(9, 1_700_000_000, 1, Drafts.Epoch), CancellationToken.None);

        Assert.Equal(head, await Store.GetChainHeadAsync(7, CancellationToken.None));
        Assert.Equal([7L], await Store.ListRoomsAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task SaveActionCursorAsync_MovesOnlyForward()
    {
        await Cursors.SaveActionCursorAsync(7, 5, CancellationToken.None);
        await Cursors.SaveActionCursorAsync(7, 3, CancellationToken.None);
        await Cursors.SaveActionCursorAsync(8, 1, CancellationToken.None);
        await Cursors.SaveActionCursorAsync(8, 2, CancellationToken.None);

        await using var other = CreateStore();
        var fromOther = (ISyncCursorStore)other;

        Assert.Equal(5L, (await fromOther.LoadActionProgressAsync(7, CancellationToken.None)).ActedThrough);
        Assert.Equal(2L, (await fromOther.LoadActionProgressAsync(8, CancellationToken.None)).ActedThrough);
        Assert.Null((await fromOther.LoadActionProgressAsync(9, CancellationToken.None)).ActedThrough);
    }

    [StoreFact]
    public async Task CompleteActionsAsync_CursorWaitsForTheFirstMessageNotDoneThenPassesEverythingDone()
    {
        // 1 and 2 messages, 3 an event (nothing to act on), 4 a message.
        await Store.AppendBatchAsync([Drafts.Message(7, 1), Drafts.Message(7, 2), Drafts.Event(7, RecordKind.RoomJoined), Drafts.Message(7, 4)], CancellationToken.None);
        await Cursors.SaveActionCursorAsync(7, 0, CancellationToken.None);

        // Another instance acted on 2 and 4 while 1 is still being acted on (or its instance died).
        await Cursors.CompleteActionsAsync(7, [2, 4], CancellationToken.None);
        var waiting = await Cursors.LoadActionProgressAsync(7, CancellationToken.None);
        Assert.Equal(0L, waiting.ActedThrough);
        Assert.Equal([1L, 3L], new long[] { 1, 2, 3, 4 }.Where(waiting.IsPending));

        await Cursors.CompleteActionsAsync(7, [1], CancellationToken.None);
        var done = await Cursors.LoadActionProgressAsync(7, CancellationToken.None);
        Assert.Equal(4L, done.ActedThrough);
        Assert.Empty(done.DoneAfter);
    }

    [StoreFact]
    public async Task CompleteActionsAsync_AMessageArchivedButNotMarked_StopsTheCursorForEveryInstance()
    {
        await Store.AppendBatchAsync([Drafts.Message(7, 1), Drafts.Message(7, 2), Drafts.Message(7, 3)], CancellationToken.None);
        await Cursors.CompleteActionsAsync(7, [1], CancellationToken.None);

        // 2 was archived by an instance that died before acting; a later instance acts on 3.
        await using var other = CreateStore();
        await ((ISyncCursorStore)other).CompleteActionsAsync(7, [3], CancellationToken.None);

        var progress = await Cursors.LoadActionProgressAsync(7, CancellationToken.None);
        Assert.Equal(1L, progress.ActedThrough);
        Assert.True(progress.IsPending(2));
        Assert.False(progress.IsPending(3));
    }

    [StoreFact]
    public async Task FindRoomsWithStalledActionsAsync_NamesRoomsWithAnUndoneMessageArchivedBeforeTheCutoff()
    {
        // Room 7: message 1 (observed at Epoch + 1 s) undone, 2 done. Room 8: everything done. Room 9: an event only.
        await Store.AppendBatchAsync(Drafts.Messages(7, 2), CancellationToken.None);
        await Store.AppendBatchAsync(Drafts.Messages(8, 2), CancellationToken.None);
        await Store.AppendAsync(Drafts.Event(9, RecordKind.RoomJoined, n: 1), CancellationToken.None);
        foreach (var room in new long[] { 7, 8, 9 })
        {
            await Cursors.SaveActionCursorAsync(room, 0, CancellationToken.None);
        }

        await Cursors.CompleteActionsAsync(7, [2], CancellationToken.None);
        await Cursors.CompleteActionsAsync(8, [1, 2], CancellationToken.None);

        Assert.Empty(await Cursors.FindRoomsWithStalledActionsAsync(Drafts.Epoch.AddSeconds(1), CancellationToken.None));
        Assert.Equal([7L], await Cursors.FindRoomsWithStalledActionsAsync(Drafts.Epoch.AddSeconds(2), CancellationToken.None));

        await Cursors.CompleteActionsAsync(7, [1], CancellationToken.None);
        Assert.Empty(await Cursors.FindRoomsWithStalledActionsAsync(Drafts.Epoch.AddHours(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task CompleteActionsAsync_RoomWithoutCursor_StartsAtTheHighestDoneRecord()
    {
        await Store.AppendBatchAsync(Drafts.Messages(7, 5), CancellationToken.None);

        await Cursors.CompleteActionsAsync(7, [4, 5], CancellationToken.None);

        Assert.Equal(5L, (await Cursors.LoadActionProgressAsync(7, CancellationToken.None)).ActedThrough);
    }
}
