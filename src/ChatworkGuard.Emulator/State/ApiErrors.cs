namespace ChatworkGuard.Emulator.State;

/// <summary>Every error text the emulated API writes. The texts tagged [OBS]/[DOC] are Chatwork's own
/// (docs/chatwork-api.md §2 and §4); the others are the emulator's wording, since no real text is known.</summary>
internal static class ApiErrors
{
    /// <summary>[DOC] 401.</summary>
    public const string InvalidToken = "Invalid API token";

    /// <summary>[OBS] unknown path or method.</summary>
    public const string InvalidEndpoint = "Invalid Endpoint or HTTP method";

    /// <summary>[OBS] reading a room the caller is not in.</summary>
    public const string NoPermissionGetMessages = "You don't have permission to get messages in this room";

    /// <summary>[OBS] writing where the caller may not post or edit.</summary>
    public const string NoPermissionSendEdit = "You don't have permission to send/edit message.";

    /// <summary>[DOC-reading] the per-room posting limit (§4).</summary>
    public const string RoomPostLimit = "Rate limit for message posting per room exceeded.";

    /// <summary>The general limit's body is undocumented (§4).</summary>
    public const string RateLimit = "Rate limit exceeded. Wait until x-ratelimit-reset.";

    public const string NoPermissionRoom = "You don't have permission to access this room";
    public const string AdminRequired = "You don't have permission to change this room; only admins can";
    public const string NoPermissionDeleteMessage = "You don't have permission to delete this message";
    public const string NoPermissionTask = "You don't have permission to change tasks in this room";
    public const string MessageNotFound = "Message not found";
    public const string TaskNotFound = "Task not found";
    public const string FileNotFound = "File not found";
    public const string RequestNotFound = "Contact request not found";
    public const string AlreadyRead = "The messages are already read";
    public const string GroupChatOnly = "This operation is only possible in a group chat";
    public const string LinkExists = "An invitation link already exists in this room";
    public const string LinkDisabled = "The invitation link of this room is disabled";
    public const string LinkCodeTaken = "The invitation link code is already in use";
    public const string ServerError = "Internal server error (fault injection)";

    public static string Required(string parameter) => $"Parameter '{parameter}' is required";

    public static string Invalid(string parameter) => $"Parameter '{parameter}' is invalid";

    public static string Length(string parameter, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Parameter '{parameter}' must be {min} to {max} characters long");

    public static string InvalidAccounts(string parameter, IEnumerable<long> ids) =>
        $"Parameter '{parameter}' contains accounts that are not your contacts or not members: {string.Join(",", ids)}";

    public static string FileTooLarge(long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {maxBytes} bytes");
}
