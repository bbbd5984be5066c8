namespace ChatworkGuard.Bot.Sync;

/// <summary>What one sync cycle found in GET /rooms and what it will join or read, in that order.</summary>
/// <param name="Listed">The watched rooms GET /rooms listed.</param>
/// <param name="Due">The rooms to join or read, most urgent first.</param>
internal sealed record SyncPlan(IReadOnlyList<Room> Listed, IReadOnlyList<(Room Room, RoomLedgerEntry Entry)> Due);
