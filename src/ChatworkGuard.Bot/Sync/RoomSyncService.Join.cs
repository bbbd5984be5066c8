using System.Globalization;
using ChatworkGuard.Archive;
using ChatworkGuard.Bot.Ingest;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.Policy.Notices;

namespace ChatworkGuard.Bot.Sync;

internal sealed partial class RoomSyncService
{
    /// <summary>
    /// The join flow: archive room-joined and a snapshot, read the latest 100 with force=1 as history, then
    /// introduce the bot. History is archived but not acted on: warning about week-old messages would only nag.
    /// </summary>
    private async Task<int> JoinAsync(Room room, RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        int added;
        RoomProfile profile;
        try
        {
            var members = await _client.GetMembersAsync(room.RoomId, cancellationToken);
            var inferred = await InferOnJoinAsync(room, ToSnapshot(room.Name, members, null), cancellationToken);
            entry.Profile.Apply(inferred);
            profile = _profiles.Of(entry);
            var snapshot = ToSnapshot(room.Name, members, profile.Platform.ToString());
            var window = await _client.GetMessagesAsync(room.RoomId, force: true, cancellationToken);
            var now = _time.GetUtcNow();
            var opening = new List<RecordDraft>
            {
                new() { RoomId = room.RoomId, Kind = RecordKind.RoomJoined, ObservedAt = now, Source = RecordSource.Poll, Details = snapshot.ToJson() },
                new() { RoomId = room.RoomId, Kind = RecordKind.RoomSnapshot, ObservedAt = now, Source = RecordSource.Poll, Details = snapshot.ToJson() },
            };
            if (inferred is not null)
            {
                opening.Add(ProfileDraft(room.RoomId, inferred));
            }

            var unreadable = room.MessageNum - window.Count;
            if (unreadable > 0)
            {
                // The API never shows more than the latest 100: say in the evidence that older ones exist.
                opening.Add(new RecordDraft
                {
                    RoomId = room.RoomId,
                    Kind = RecordKind.Gap,
                    ObservedAt = now,
                    Source = RecordSource.Poll,
                    Details = string.Create(CultureInfo.InvariantCulture, $$"""{"count":{{unreadable}},"reason":"messages sent before the bot joined, older than the latest 100 the API returns"}"""),
                });
            }

            var openingResults = await _ingestor.ArchiveAsync(opening, cancellationToken);
            var history = await _ingestor.IngestWindowAsync(room.RoomId, window, RecordSource.Poll, null, _client, cancellationToken);
            added = openingResults.Count(r => r.Added) + history.Added.Count;
            // History is archived, not acted on: nothing before this point is left for a replay after a crash.
            var joinedThrough = openingResults.Select(r => r.Record.Sequence).Concat(history.Added.Select(r => r.Sequence)).Max();
            await _actions.MarkActedAsync(room.RoomId, joinedThrough, cancellationToken);
            entry.ActionsReplayed = true;
            entry.Lifecycle = RoomLifecycle.Active;
            entry.Snapshot = snapshot;
            entry.Name = room.Name;
            profile = _profiles.Of(entry);
            await _cursors.SaveCursorAsync(entry.MarkRead(room.LastUpdateTime, room.MessageNum, now), cancellationToken);
        }
        finally
        {
            entry.Gate.Release();
        }

        Log.Joined(_logger, room.RoomId, added);
        if (_roomsOptions.CurrentValue.PostIntroNotice)
        {
            await _poster.PostAsync(room.RoomId, IntroNotice.For(profile.Platform, profile.Language), null, cancellationToken);
        }

        return added;
    }

    // Null when the team lead configured the platform: there is nothing to infer, and the evidence should not
    // suggest the bot second-guessed the configuration.
    private async Task<RoomProfileDetails?> InferOnJoinAsync(Room room, RoomSnapshotDetails members, CancellationToken cancellationToken)
    {
        if (_rooms.ConfiguredProfileOf(room.RoomId)?.Platform is not null)
        {
            return null;
        }

        // GET /rooms does not carry the description; one GET /rooms/{id} per join does.
        var description = room.Description ?? (await _client.GetRoomAsync(room.RoomId, cancellationToken)).Description;
        var bot = (await _identity.GetAsync(cancellationToken)).AccountId;
        return InferProfile(room.Name, description, members, bot);
    }

    private static RoomSnapshotDetails ToSnapshot(string name, IEnumerable<Chatwork.Models.RoomMember> members, string? platform) =>
        new(name, members
            .OrderBy(m => m.AccountId)
            .Select(m => new Archive.RoomMember(m.AccountId, m.Name, m.Role.ToString().ToLowerInvariant()))
            .ToList(), platform);
}
