using ChatworkGuard.Archive;

namespace ChatworkGuard.Bot.Ingest;

/// <summary>A message version that was just added to the archive, handed to the bot's actions.</summary>
/// <param name="Record">The archived record (message-created or message-edited).</param>
internal sealed record ArchivedMessage(ArchiveRecord Record)
{
    /// <summary>Whether this version is an edit of an earlier one.</summary>
    public bool IsEdit => Record.Kind == RecordKind.MessageEdited;
}
