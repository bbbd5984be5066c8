namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/rooms/{id}/tasks</c>: limit in unix seconds; limit_type none, date or time.</summary>
internal sealed record CreateTaskRequest(long AccountId, string? Body, IReadOnlyList<long>? ToIds, long? Limit, string? LimitType);
