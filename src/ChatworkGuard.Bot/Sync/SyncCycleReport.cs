namespace ChatworkGuard.Bot.Sync;

/// <summary>What one sync cycle did, for logs, metrics and tests.</summary>
/// <param name="RoomsListed">Watched rooms in GET /rooms.</param>
/// <param name="Joined">Rooms joined this cycle.</param>
/// <param name="Read">Rooms whose messages were read.</param>
/// <param name="Lost">Rooms archived as lost.</param>
/// <param name="RecordsAdded">Records appended to the archive.</param>
/// <param name="Failed">Rooms whose processing failed (retried next cycle).</param>
internal sealed record SyncCycleReport(int RoomsListed, int Joined, int Read, int Lost, int RecordsAdded, int Failed);
