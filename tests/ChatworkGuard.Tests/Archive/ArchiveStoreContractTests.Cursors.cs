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
        var cursors = await ((ISyncCursorStore)other).LoadActionCursorsAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<long, long> { [7] = 5, [8] = 2 }, cursors);
    }
}
