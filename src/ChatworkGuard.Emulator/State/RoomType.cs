namespace ChatworkGuard.Emulator.State;

/// <summary>The kind of a room.</summary>
internal enum RoomType
{
    My,
    Direct,
    Group,
}
