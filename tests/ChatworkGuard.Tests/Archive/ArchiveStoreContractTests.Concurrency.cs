using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Verification;

namespace ChatworkGuard.Tests.Archive;

/// <summary>Concurrent appends: many threads of one store, and several stores (processes) on one archive.</summary>
public abstract partial class ArchiveStoreContractTests
{
    [StoreFact]
    public async Task AppendAsync_ManyThreadsAndRooms_KeepEveryChainIntactAndEachWritersOrder()
    {
        const int Writers = 8;
        const int PerWriter = 40;
        long[] rooms = [1, 2, 3];

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                var room = rooms[(writer + i) % rooms.Length];
                await Store.AppendAsync(Drafts.Message(room, (writer * 1000) + i, $"w{writer}:{i}"), CancellationToken.None);
            }
        })));

        long total = 0;
        foreach (var room in rooms)
        {
            var verification = await ChainVerifier.VerifyRoomAsync(Store, room, null, CancellationToken.None);
            Assert.True(verification.IsIntact, verification.Break?.Description);
            total += verification.RecordCount;
            AssertEachWriterInOrder(await ReadAllAsync(room));
        }

        Assert.Equal(Writers * PerWriter, total);
    }

    [StoreFact]
    public async Task AppendBatchAsync_SeveralStoreInstancesOnOneRoom_KeepTheChainIntact()
    {
        const int Instances = 4;
        const int Batches = 10;
        const int PerBatch = 10;
        var stores = Enumerable.Range(0, Instances).Select(_ => CreateStore()).ToList();
        try
        {
            await Task.WhenAll(stores.Select((store, instance) => Task.Run(async () =>
            {
                for (var b = 0; b < Batches; b++)
                {
                    var drafts = Enumerable.Range(0, PerBatch)
                        .Select(i => Drafts.Message(7, (instance * 10_000) + (b * 100) + i, $"w{instance}:{(b * PerBatch) + i}"))
                        .ToList();
                    await store.AppendBatchAsync(drafts, CancellationToken.None);
                }
            })));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        var verification = await ChainVerifier.VerifyRoomAsync(Store, 7, null, CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Break?.Description);
        Assert.Equal(Instances * Batches * PerBatch, verification.RecordCount);
        AssertEachWriterInOrder(await ReadAllAsync(7));
    }

    [StoreFact]
    public async Task AppendAsync_SameVersionFromManyThreadsAtOnce_IsArchivedOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            Store.AppendAsync(Drafts.Message(3, 1, "raced"), CancellationToken.None))));

        Assert.Single(results, r => r.Added);
        Assert.Single(await ReadAllAsync(3));
    }

    private static void AssertEachWriterInOrder(List<ArchiveRecord> records)
    {
        // Bodies are "w{writer}:{i}": within one writer, i must grow along the chain.
        foreach (var writer in records.GroupBy(r => r.Body!.Split(':')[0]))
        {
            var order = writer.Select(r => int.Parse(r.Body!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(order.Order(), order);
        }
    }
}
