namespace ChatworkGuard.Chatwork.Client;

/// <summary>Log messages of the client. Paths and ids only; the token and message bodies are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Chatwork {Method} /{Path} waited {Waited} for API budget ({Priority})")]
    public static partial void WaitedForBudget(ILogger logger, string method, string path, RequestPriority priority, TimeSpan waited);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Post to room {RoomId} got no clear answer ({Reason}); checking the room's latest messages before posting again")]
    public static partial void PostUncertain(ILogger logger, long roomId, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Post to room {RoomId} had arrived as message {MessageId}; not posting again")]
    public static partial void PostFoundAfterUncertainty(ILogger logger, long roomId, string messageId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Post to room {RoomId} is not in the room's latest messages; posting again (round {Round})")]
    public static partial void PostRepeated(ILogger logger, long roomId, int round);
}
