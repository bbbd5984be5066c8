using Microsoft.Extensions.Logging;

namespace ChatworkGuard.Archive;

/// <summary>The archive's log messages.</summary>
internal static partial class Log
{
    // The full location, so whoever started the bot sees where the evidence is written (a relative Data Source
    // follows the working directory).
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Archive ready ({Provider}): {Location}")]
    public static partial void ArchiveReady(ILogger logger, StorageProvider provider, string location);
}
