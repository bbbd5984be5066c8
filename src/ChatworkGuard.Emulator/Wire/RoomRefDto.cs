namespace ChatworkGuard.Emulator.Wire;

/// <summary>The short room object nested in <c>GET /my/tasks</c> items.</summary>
internal sealed record RoomRefDto(long RoomId, string Name, string IconPath);
