namespace ChatworkGuard.Bot.Rooms;

/// <summary>Where each part of a <see cref="RoomProfile"/> came from.</summary>
/// <param name="Platform">The platform's source.</param>
/// <param name="Contractors">The contractors' source.</param>
/// <param name="Clients">The client side's source.</param>
public sealed record RoomProfileSources(ProfileSource Platform, ProfileSource Contractors, ProfileSource Clients)
{
    /// <summary>Everything from the defaults.</summary>
    public static RoomProfileSources Defaults { get; } = new(ProfileSource.Default, ProfileSource.Default, ProfileSource.Default);
}
