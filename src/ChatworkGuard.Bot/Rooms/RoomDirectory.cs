namespace ChatworkGuard.Bot.Rooms;

/// <summary>Answers which rooms are watched and what each room's effective profile is.</summary>
public sealed class RoomDirectory
{
    private readonly IOptionsMonitor<RoomsOptions> _rooms;
    private readonly IOptionsMonitor<NotificationsOptions> _notifications;

    /// <summary>Creates the directory over the live configuration.</summary>
    public RoomDirectory(IOptionsMonitor<RoomsOptions> rooms, IOptionsMonitor<NotificationsOptions> notifications)
    {
        _rooms = rooms;
        _notifications = notifications;
    }

    /// <summary>Whether the bot watches <paramref name="roomId"/> (deny always wins).</summary>
    public bool IsWatched(long roomId)
    {
        var options = _rooms.CurrentValue;
        if (options.Deny.Contains(roomId))
        {
            return false;
        }

        return options.WatchMode == RoomWatchMode.All || options.Allow.Contains(roomId);
    }

    /// <summary>The team lead's <c>Rooms:Profiles</c> entry for <paramref name="roomId"/>, or null.</summary>
    public RoomProfileOptions? ConfiguredProfileOf(long roomId) =>
        _rooms.CurrentValue.Profiles.TryGetValue(roomId.ToString(CultureInfo.InvariantCulture), out var profile) ? profile : null;

    /// <summary>The profile of <paramref name="roomId"/> from configuration alone (Rooms:Profiles, else the defaults);
    /// the bot itself also weighs what the room says (<c>RoomProfiles</c>).</summary>
    public RoomProfile ProfileOf(long roomId)
    {
        var options = _rooms.CurrentValue;
        options.Profiles.TryGetValue(roomId.ToString(CultureInfo.InvariantCulture), out var profile);
        return new RoomProfile(
            roomId,
            profile?.Platform ?? options.DefaultPlatform,
            profile?.Language ?? options.DefaultLanguage,
            profile?.ContractorAccountIds.ToArray() ?? [],
            profile?.NotificationRoomId ?? _notifications.CurrentValue.RoomId);
    }
}
