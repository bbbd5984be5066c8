namespace ChatworkGuard.Emulator.Wire;

/// <summary>A room as one account sees it; <see cref="Description"/> only from <c>GET /rooms/{id}</c>.</summary>
internal sealed record RoomDto(
    long RoomId,
    string Name,
    string Type,
    string Role,
    bool Sticky,
    int UnreadNum,
    int MentionNum,
    int MytaskNum,
    int MessageNum,
    int FileNum,
    int TaskNum,
    string IconPath,
    long LastUpdateTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description);
