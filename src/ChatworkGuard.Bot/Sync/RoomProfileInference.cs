namespace ChatworkGuard.Bot.Sync;

/// <summary>
/// Infers a room's profile from what the room says: the platform from its name (else its description), the roles from
/// its members (client = admins, contractor = the other members, never the bot). On a join (<see cref="RoomJoiner"/>),
/// and again when a watched room was renamed (<see cref="SyncPlanner"/>, once per room and cycle); each inference is
/// archived as a room-profile record. Rooms whose platform the team lead configured are never inferred.
/// </summary>
internal sealed class RoomProfileInference(
    IChatworkRoomReader client,
    BotAccounts botAccounts,
    RoomDirectory rooms,
    RoomProfiles profiles,
    MessageIngestor ingestor,
    NoticePoster poster,
    IOptionsMonitor<RoomsOptions> roomsOptions,
    TimeProvider time,
    ILogger<RoomProfileInference> logger)
{
    /// <summary>
    /// The profile inferred for a room being joined, from its name, description and <paramref name="members"/>; null
    /// when the team lead configured the platform: there is nothing to infer, and the evidence should not suggest the
    /// bot second-guessed the configuration. The caller archives it (<see cref="Draft"/>) with the opening records.
    /// </summary>
    public async Task<RoomProfileDetails?> InferOnJoinAsync(Room room, RoomSnapshotDetails members, CancellationToken cancellationToken)
    {
        if (rooms.ConfiguredProfileOf(room.RoomId)?.Platform is not null)
        {
            return null;
        }

        // GET /rooms does not carry the description; one GET /rooms/{id} per join does.
        var description = room.Description ?? (await client.GetRoomAsync(room.RoomId, cancellationToken)).Description;
        return Infer(room.Name, description, members, await botAccounts.ResolveAsync(cancellationToken));
    }

    /// <summary>
    /// Appends a new inferred room-profile record when a watched room's name differs from the one last inferred from
    /// (a rename, or a room archived before room-profile records existed), and posts the platform's rules again only
    /// when that changes the room's effective platform. Rooms whose platform the team lead configured are left alone.
    /// A failure is logged and retried next cycle; it does not keep the room from being read.
    /// </summary>
    public async Task ReinferIfRenamedAsync(Room room, RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Lifecycle != RoomLifecycle.Active || rooms.ConfiguredProfileOf(room.RoomId)?.Platform is not null
            || entry.Profile.LastInferred is { } last && last.RoomName == room.Name)
        {
            return;
        }

        try
        {
            var before = (await profiles.OfAsync(entry, cancellationToken)).Platform;
            var details = Infer(room.Name, entry.Profile.LastInferred?.Description ?? room.Description, entry.Snapshot, await botAccounts.ResolveAsync(cancellationToken));
            await entry.Gate.WaitAsync(cancellationToken);
            try
            {
                await ingestor.ArchiveAsync([Draft(room.RoomId, details)], cancellationToken);
                entry.Profile.Apply(details);
            }
            finally
            {
                entry.Gate.Release();
            }

            var after = await profiles.OfAsync(entry, cancellationToken);
            IReadOnlyList<string> candidates = details.Candidates ?? [];
            SyncLog.ProfileInferred(logger, room.RoomId, after.Platform, candidates);
            if (after.Platform != before && roomsOptions.CurrentValue.PostIntroNotice)
            {
                await poster.PostAsync(room.RoomId, IntroNotice.PlatformChanged(after.Platform, after.Language), null, cancellationToken);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SyncLog.RoomFailed(logger, room.RoomId, error);
        }
    }

    /// <summary>The room-profile record of an inference, as archived by the sync.</summary>
    public RecordDraft Draft(long roomId, RoomProfileDetails details) => new()
    {
        RoomId = roomId,
        Kind = RecordKind.RoomProfile,
        ObservedAt = time.GetUtcNow(),
        Source = RecordSource.Poll,
        Details = details.ToJson(),
    };

    /// <summary>What the room's name (else its description) says about its platform, and its roles by member role; none of
    /// the bot's accounts takes a role.</summary>
    private static RoomProfileDetails Infer(string name, string? description, RoomSnapshotDetails? snapshot, IReadOnlyList<BotAccount> bots)
    {
        var isBot = bots.Select(b => b.AccountId).ToHashSet();
        // The name is what a team lead writes the platform into; the description only counts when the name names none.
        var byName = PlatformNames.Infer(name);
        var inference = byName.Found ? byName : PlatformNames.Infer(description);
        var members = snapshot?.Members ?? [];
        return new RoomProfileDetails
        {
            Cause = RoomProfileDetails.Inferred,
            Platform = inference.Platform.ToString(),
            Candidates = inference.Candidates,
            Matched = inference.Matched,
            InferredFrom = byName.Found ? "name" : inference.Found ? "description" : null,
            RoomName = name,
            Description = string.IsNullOrEmpty(description) ? null : description,
            ContractorAccountIds = [.. members.Where(m => m.Role == "member" && !isBot.Contains(m.AccountId)).Select(m => m.AccountId)],
            ClientAccountIds = [.. members.Where(m => m.Role == "admin" && !isBot.Contains(m.AccountId)).Select(m => m.AccountId)],
            BotAccountId = bots[0].AccountId,
        };
    }
}
