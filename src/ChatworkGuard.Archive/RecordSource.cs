namespace ChatworkGuard.Archive;

/// <summary>How the bot came to know what a record says; written on the wire in lower case.</summary>
public enum RecordSource
{
    /// <summary><c>poll</c>: a regular sync cycle read it.</summary>
    Poll,

    /// <summary><c>webhook</c>: a Chatwork webhook event delivered it.</summary>
    Webhook,

    /// <summary><c>resync</c>: the slower re-read of quiet rooms found it.</summary>
    Resync,

    /// <summary><c>bot</c>: the bot itself did it (a warning, a reminder, a checkpoint).</summary>
    Bot,
}
