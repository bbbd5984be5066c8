using ChatworkGuard.Archive;

namespace ChatworkGuard.Bot.Ingest;

/// <summary>A message version that was just added to the archive, handed to the bot's actions.</summary>
/// <param name="Record">The archived record (message-created or message-edited).</param>
/// <param name="Live">False for history read when the bot joined: archived, but too old to act on.</param>
internal sealed record ArchivedMessage(ArchiveRecord Record, bool Live)
{
    /// <summary>Whether this version is an edit of an earlier one.</summary>
    public bool IsEdit => Record.Kind == RecordKind.MessageEdited;
}
