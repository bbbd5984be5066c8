namespace ChatworkGuard.Bot.Rooms;

/// <summary>
/// Decides a room's effective profile, part by part: the team lead's configuration, else a member's command, else what
/// the room says (platform from its name or description, client = admins, contractor = the other members), else the
/// defaults. The bot never counts as client or contractor.
/// </summary>
internal static class EffectiveProfile
{
    /// <summary>Combines configuration with what the room's records say.</summary>
    public static RoomProfile Resolve(
        long roomId, RoomsOptions rooms, NotificationsOptions notifications, RoomProfileState state, RoomSnapshotDetails? snapshot, long? botAccountId)
    {
        ArgumentNullException.ThrowIfNull(rooms);
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(state);
        rooms.Profiles.TryGetValue(roomId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var configured);
        var bot = botAccountId ?? state.LastInferred?.BotAccountId;

        var (platform, platformSource) =
            configured?.Platform is { } p ? (p, ProfileSource.Configured)
            : state.CommandPlatform is { } c ? (c, ProfileSource.Command)
            : state.InferredPlatform is { } i ? (i, ProfileSource.Inferred)
            : (rooms.DefaultPlatform, ProfileSource.Default);
        var (contractors, contractorSource) = Role(configured?.ContractorAccountIds, state.CommandContractors, MembersWithRole(snapshot, "member", bot));
        var (clients, clientSource) = Role(configured?.ClientAccountIds, state.CommandClients, MembersWithRole(snapshot, "admin", bot));
        return new RoomProfile(
            roomId,
            platform,
            configured?.Language ?? rooms.DefaultLanguage,
            contractors,
            configured?.NotificationRoomId ?? notifications.RoomId)
        {
            ClientAccountIds = clients,
            Sources = new RoomProfileSources(platformSource, contractorSource, clientSource),
        };
    }

    private static (IReadOnlyList<long> Accounts, ProfileSource Source) Role(IList<long>? configured, IReadOnlyList<long>? command, IReadOnlyList<long> inferred) =>
        configured is { Count: > 0 } ? ([.. configured], ProfileSource.Configured)
        : command is not null ? (command, ProfileSource.Command)
        : inferred.Count > 0 ? (inferred, ProfileSource.Inferred)
        : ([], ProfileSource.Default);

    // Read-only members cannot post, so they are neither side of a project.
    private static IReadOnlyList<long> MembersWithRole(RoomSnapshotDetails? snapshot, string role, long? bot) =>
        snapshot is null ? [] : [.. snapshot.Members.Where(m => m.Role == role && m.AccountId != bot).Select(m => m.AccountId)];
}
