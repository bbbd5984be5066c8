namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>One group room of the simulation and the people (not the bot) who post in it.</summary>
internal sealed record SimulatedRoom(long RoomId, IReadOnlyList<long> People);
