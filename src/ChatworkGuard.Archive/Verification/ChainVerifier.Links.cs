namespace ChatworkGuard.Archive.Verification;

/// <summary>The fast walk over <see cref="ChainLink"/>s; a break is named from the full records around it.</summary>
public static partial class ChainVerifier
{
    private static async Task<RoomVerification> VerifyLinksAsync(
        IArchiveStore store,
        IChainLinkSource source,
        long roomId,
        ChainHead? storedHead,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        long count = 0;
        var expectedSequence = 1L;
        var expectedPrevious = ChainHash.Zero;
        (long Sequence, ChainHash Previous, ChainHash Hash)? lastGood = null;
        var broken = false;
        await foreach (var link in source.ReadLinksAsync(roomId, cancellationToken))
        {
            count++;
            if (!broken)
            {
                if (link.Readable && link.Sequence == expectedSequence && link.PreviousHash == expectedPrevious && link.ComputedHash == link.Hash)
                {
                    lastGood = (link.Sequence, link.PreviousHash, link.Hash);
                    expectedSequence++;
                    expectedPrevious = link.Hash;
                }
                else
                {
                    broken = true;
                }
            }

            if (progress is not null && count % ProgressEvery == 0)
            {
                progress.Report(count);
            }
        }

        progress?.Report(count);
        if (!broken)
        {
            var found = CheckHead(roomId, storedHead, lastGood?.Sequence ?? 0, lastGood?.Hash);
            return new RoomVerification(roomId, count, storedHead, found is null ? lastGood?.Hash : null, found);
        }

        // Re-walk from the last good record with full records, so the classifier sees it, the broken one and the next.
        var start = lastGood is { } good ? new WalkStart(good.Sequence, good.Previous) : new WalkStart(1, ChainHash.Zero);
        var walk = await WalkAsync(roomId, store.ReadRoomAsync(roomId, start.Sequence, cancellationToken), start, stopAtBreak: true, null, cancellationToken);
        var named = walk.Break ?? new ChainBreak(roomId, expectedSequence, ChainBreakKind.Changed,
            $"The stored bytes of record {expectedSequence} do not match its hash (they are not the text that was archived).");
        return new RoomVerification(roomId, count, storedHead, null, named);
    }
}
