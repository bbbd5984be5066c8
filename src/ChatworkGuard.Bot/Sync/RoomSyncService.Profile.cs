using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.Policy.Notices;
using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>
    /// Appends a new inferred room-profile record when a watched room's name differs from the one last inferred from
    /// (a rename, or a room archived before room-profile records existed), and posts the platform's rules again only
    /// when that changes the room's effective platform. Rooms whose platform the team lead configured are left alone.
    /// </summary>
    private async Task ReinferIfRenamedAsync(Room room, RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Lifecycle != RoomLifecycle.Active || _rooms.ConfiguredProfileOf(room.RoomId)?.Platform is not null
            || entry.Profile.LastInferred is { } last && last.RoomName == room.Name)
        {
            return;
        }

        var before = _profiles.Of(entry).Platform;
        var bot = (await _identity.GetAsync(cancellationToken)).AccountId;
        var details = InferProfile(room.Name, entry.Profile.LastInferred?.Description ?? room.Description, entry.Snapshot, bot);
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            await _ingestor.ArchiveAsync([ProfileDraft(room.RoomId, details)], cancellationToken);
            entry.Profile.Apply(details);
        }
        finally
        {
            entry.Gate.Release();
        }

        var after = _profiles.Of(entry);
        IReadOnlyList<string> candidates = details.Candidates ?? [];
        Log.ProfileInferred(_logger, room.RoomId, after.Platform, candidates);
        if (after.Platform != before && _roomsOptions.CurrentValue.PostIntroNotice)
        {
            await _poster.PostAsync(room.RoomId, IntroNotice.PlatformChanged(after.Platform, after.Language), null, cancellationToken);
        }
    }

    /// <summary>What the room's name (else its description) says about its platform, and its roles by member role.</summary>
    private static RoomProfileDetails InferProfile(string name, string? description, RoomSnapshotDetails? snapshot, long bot)
    {
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
            ContractorAccountIds = [.. members.Where(m => m.Role == "member" && m.AccountId != bot).Select(m => m.AccountId)],
            ClientAccountIds = [.. members.Where(m => m.Role == "admin" && m.AccountId != bot).Select(m => m.AccountId)],
            BotAccountId = bot,
        };
    }

    private RecordDraft ProfileDraft(long roomId, RoomProfileDetails details) => new()
    {
        RoomId = roomId,
        Kind = RecordKind.RoomProfile,
        ObservedAt = _time.GetUtcNow(),
        Source = RecordSource.Poll,
        Details = details.ToJson(),
    };
}
