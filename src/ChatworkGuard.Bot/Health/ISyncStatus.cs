namespace ChatworkGuard.Bot.Health;

/// <summary>
/// When the rooms were last synced successfully, for /readyz and the <c>chatworkguard.sync.age</c> gauge. The default
/// reads this process's sync service; a clustered deployment, where one instance runs the cycle for all, replaces it
/// with one that reads the time the cluster last completed a cycle.
/// </summary>
internal interface ISyncStatus
{
    /// <summary>When the last sync cycle completed without a failure of GET /rooms; null before the first.</summary>
    DateTimeOffset? LastSuccessfulCycleAt { get; }
}
