namespace ChatworkGuard.Bot.Rooms;

/// <summary>Where one part of a room's effective profile came from, strongest first.</summary>
public enum ProfileSource
{
    /// <summary>The team lead's <c>Rooms:Profiles:{roomId}</c> entry; always wins.</summary>
    Configured,

    /// <summary>A member's command to the bot (archived as a <c>room-profile</c> record).</summary>
    Command,

    /// <summary>Read from the room itself: the platform from its name or description, roles from its members.</summary>
    Inferred,

    /// <summary>Nothing above applies: <c>Rooms:DefaultPlatform</c>, or no roles.</summary>
    Default,
}
