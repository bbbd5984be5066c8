namespace ChatworkGuard.Emulator.Wire;

/// <summary><c>{"room_id": n}</c>.</summary>
internal sealed record RoomIdDto(long RoomId);
