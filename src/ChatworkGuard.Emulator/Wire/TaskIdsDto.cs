namespace ChatworkGuard.Emulator.Wire;

/// <summary><c>{"task_ids": [n, …]}</c>.</summary>
internal sealed record TaskIdsDto(IReadOnlyList<long> TaskIds);
