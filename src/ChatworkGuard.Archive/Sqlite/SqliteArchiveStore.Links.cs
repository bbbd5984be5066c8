namespace ChatworkGuard.Archive.Sqlite;

/// <summary>The fast verify path: rows are hashed from their stored bytes as they are read, without building records, by
/// one worker thread per core, each on its own connection (<see cref="ChunkedLinkReader"/>).</summary>
public sealed partial class SqliteArchiveStore : IChainLinkSource
{
    IAsyncEnumerable<ChainLink> IChainLinkSource.ReadLinksAsync(long roomId, CancellationToken cancellationToken) =>
        new ChunkedLinkReader(OpenLinkConnectionAsync, Translate, roomId, _options.VerifyChunkRows, _options.VerifyWorkers)
            .ReadAsync(cancellationToken);

    private async Task<LinkConnection> OpenLinkConnectionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return Run(() => LinkConnection.Open(_path, _options.ReadOnly, _options.BusyTimeout));
    }
}
