namespace ChatworkGuard.Bot.Health;

/// <summary>The sync status of this process: <see cref="RoomSyncCycle.LastSuccessfulCycleAt"/>.</summary>
/// <remarks>The sync cycle is resolved on first read: it depends (through the ingestor) on the metrics, which read
/// this status, so resolving it eagerly would be a cycle.</remarks>
internal sealed class LocalSyncStatus : ISyncStatus
{
    private readonly Lazy<RoomSyncCycle> _sync;

    public LocalSyncStatus(IServiceProvider services) =>
        _sync = new Lazy<RoomSyncCycle>(services.GetRequiredService<RoomSyncCycle>);

    public DateTimeOffset? LastSuccessfulCycleAt => _sync.Value.LastSuccessfulCycleAt;
}
