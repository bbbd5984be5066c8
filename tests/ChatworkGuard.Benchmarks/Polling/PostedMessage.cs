namespace ChatworkGuard.Benchmarks.Polling;

/// <summary>A message the simulation posted, and the wall-clock time just before it became visible in the emulator.</summary>
internal sealed record PostedMessage(long RoomId, string MessageId, DateTimeOffset PostedAt);
