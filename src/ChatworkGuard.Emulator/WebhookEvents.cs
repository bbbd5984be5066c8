namespace ChatworkGuard.Emulator;

/// <summary>The events a webhook setting fires on (docs/chatwork-api.md §7).</summary>
[Flags]
public enum WebhookEvents
{
    /// <summary>Nothing; not a valid setting on its own.</summary>
    None = 0,

    /// <summary>Room event: a message was posted in the setting's room.</summary>
    MessageCreated = 1,

    /// <summary>Room event: a message was edited in the setting's room.</summary>
    MessageUpdated = 2,

    /// <summary>Account event: the account was mentioned (<c>[To:id]</c> or a reply) in any of its rooms.</summary>
    MentionToMe = 4,
}
