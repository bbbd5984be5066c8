namespace ChatworkGuard.Bot.WebConsole;

/// <summary>The console's log events. Passwords never appear in them; a failed login names what was typed as the user name.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Console: {User} logged in from {Address}")]
    public static partial void LoggedIn(ILogger logger, string user, string address);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Console: failed login for user name {User} from {Address}")]
    public static partial void LoginFailed(ILogger logger, string user, string address);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Console: login for user name {User} from {Address} refused for {Seconds} s after repeated failures")]
    public static partial void LoginThrottled(ILogger logger, string user, string address, int seconds);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Information, Message = "Console: {User} downloaded the evidence bundle of room {RoomId}")]
    public static partial void Exported(ILogger logger, string user, long roomId);
}
