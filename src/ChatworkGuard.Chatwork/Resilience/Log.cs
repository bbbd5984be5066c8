namespace ChatworkGuard.Chatwork.Resilience;

/// <summary>Log messages of the resilience pipeline. Paths only; the token is never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Chatwork {Method} /{Path} failed ({Reason}); attempt {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Chatwork API keeps failing; circuit opened, calls refused for {BreakDuration}")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Chatwork API answers again; circuit closed")]
    public static partial void CircuitClosed(ILogger logger);
}
