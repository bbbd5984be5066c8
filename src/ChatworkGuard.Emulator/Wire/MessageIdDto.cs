namespace ChatworkGuard.Emulator.Wire;

/// <summary><c>{"message_id": "…"}</c>.</summary>
internal sealed record MessageIdDto(string MessageId);
