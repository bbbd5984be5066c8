namespace ChatworkGuard.Bot.Ingest;

/// <summary>A message version that was just added to the archive, handed to the bot's actions.</summary>
/// <param name="Record">The archived record (message-created or message-edited).</param>
internal sealed record ArchivedMessage(ArchiveRecord Record)
{
    /// <summary>Whether this version is an edit of an earlier one.</summary>
    public bool IsEdit => Record.Kind == RecordKind.MessageEdited;

    /// <summary>True when a poll has just confirmed a version archived (and already warned about) from a webhook;
    /// only what waits for the API's confirmation acts on it.</summary>
    public bool ConfirmsWebhook { get; init; }

    /// <summary>Whether the API has shown this version (a poll, a resync, or a poll confirming a webhook). Commands
    /// run only then: a webhook payload is signed, but whoever holds the token can sign anything.</summary>
    public bool IsApiConfirmed => ConfirmsWebhook || Record.Source != RecordSource.Webhook;
}
