using Microsoft.Extensions.Logging;

namespace ChatworkGuard.Archive;

/// <summary>The archive's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Archive ready ({Provider})")]
    public static partial void ArchiveReady(ILogger logger, StorageProvider provider);
}
