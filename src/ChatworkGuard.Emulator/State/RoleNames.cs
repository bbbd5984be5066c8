namespace ChatworkGuard.Emulator.State;

/// <summary>Wire names of roles, room types, task states and limit types.</summary>
internal static class RoleNames
{
    public static string Of(RoomRole role) => role switch
    {
        RoomRole.Admin => "admin",
        RoomRole.Member => "member",
        _ => "readonly",
    };

    public static string Of(RoomType type) => type switch
    {
        RoomType.My => "my",
        RoomType.Direct => "direct",
        _ => "group",
    };

    public static string Of(TaskLimitType type) => type switch
    {
        TaskLimitType.Date => "date",
        TaskLimitType.Time => "time",
        _ => "none",
    };

    public static string TaskStatus(bool done) => done ? "done" : "open";

    public static bool TryParseLimitType(string value, out TaskLimitType type)
    {
        type = value switch
        {
            "none" => TaskLimitType.None,
            "date" => TaskLimitType.Date,
            "time" => TaskLimitType.Time,
            _ => (TaskLimitType)(-1),
        };
        return Enum.IsDefined(type);
    }
}
