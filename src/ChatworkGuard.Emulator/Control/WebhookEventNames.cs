namespace ChatworkGuard.Emulator.Control;

/// <summary>Chatwork's event names for <see cref="WebhookEvents"/>.</summary>
internal static class WebhookEventNames
{
    public static IReadOnlyList<string> Of(WebhookEvents events)
    {
        var names = new List<string>();
        if (events.HasFlag(WebhookEvents.MessageCreated))
        {
            names.Add("message_created");
        }

        if (events.HasFlag(WebhookEvents.MessageUpdated))
        {
            names.Add("message_updated");
        }

        if (events.HasFlag(WebhookEvents.MentionToMe))
        {
            names.Add("mention_to_me");
        }

        return names;
    }

    public static WebhookEvents Parse(IEnumerable<string> names)
    {
        var events = WebhookEvents.None;
        foreach (var name in names)
        {
            events |= name switch
            {
                "message_created" => WebhookEvents.MessageCreated,
                "message_updated" => WebhookEvents.MessageUpdated,
                "mention_to_me" => WebhookEvents.MentionToMe,
                _ => throw new EmulatorControlException($"Unknown webhook event '{name}': use message_created, message_updated or mention_to_me."),
            };
        }

        return events;
    }
}
