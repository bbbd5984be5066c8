namespace ChatworkGuard.Bot.Cli;

/// <summary>What `verify` was asked to check.</summary>
/// <param name="RoomId">Only this room, or every room.</param>
/// <param name="DatabasePath">A SQLite file, or null for the configured Storage.</param>
/// <param name="ExpectHead">A head the reader kept, as SEQ:HASH (needs <paramref name="RoomId"/>).</param>
/// <param name="CheckpointsFile">A file of checkpoint statements the reader copied from the witness room.</param>
internal sealed record VerifyRequest(long? RoomId, string? DatabasePath, string? ExpectHead, string? CheckpointsFile);
