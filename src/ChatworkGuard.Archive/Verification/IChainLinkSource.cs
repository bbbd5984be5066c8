namespace ChatworkGuard.Archive.Verification;

/// <summary>A store that can stream <see cref="ChainLink"/>s, hashing the stored bytes without building records.
/// The verifier uses it when available and reads full records only around a break, to name it.</summary>
internal interface IChainLinkSource
{
    IAsyncEnumerable<ChainLink> ReadLinksAsync(long roomId, CancellationToken cancellationToken);
}
