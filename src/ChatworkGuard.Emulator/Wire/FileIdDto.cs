namespace ChatworkGuard.Emulator.Wire;

/// <summary><c>{"file_id": n}</c>.</summary>
internal sealed record FileIdDto(long FileId);
