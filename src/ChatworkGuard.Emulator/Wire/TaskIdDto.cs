namespace ChatworkGuard.Emulator.Wire;

/// <summary><c>{"task_id": n}</c>.</summary>
internal sealed record TaskIdDto(long TaskId);
