namespace ChatworkGuard.Bot.Actions;

/// <summary>Something the bot does about a newly archived message (warn, remind, answer a command).</summary>
internal interface IMessageAction
{
    /// <summary>
    /// Where this action runs on each message: lower first (<see cref="MessageActionOrder"/> lists the places and why).
    /// The pipeline sorts by it, so the order does not depend on the order of DI registrations.
    /// </summary>
    int Order { get; }

    /// <summary>Acts on <paramref name="message"/> in a room with <paramref name="profile"/>.</summary>
    Task HandleAsync(ArchivedMessage message, RoomProfile profile, CancellationToken cancellationToken);
}
