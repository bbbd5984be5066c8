namespace ChatworkGuard.Bot.Sync;

/// <summary>Joins a room the bot was added to: archives the opening records (with the profile inferred from the room,
/// <see cref="RoomProfileInference"/>) and the readable history, then introduces the bot.</summary>
internal sealed class RoomJoiner(
    IChatworkRoomReader client,
    ISyncCursorStore cursors,
    MessageIngestor ingestor,
    RoomProfiles profiles,
    RoomProfileInference inference,
    MessageActionPipeline actions,
    NoticePoster poster,
    RoomFileSync files,
    RoomMembership membership,
    IOptionsMonitor<RoomsOptions> roomsOptions,
    TimeProvider time,
    ILogger<RoomJoiner> logger)
{
    /// <summary>
    /// The join flow: archive room-joined and a snapshot, read the latest 100 with force=1 as history, then
    /// introduce the bot. History is archived but not acted on: warning about week-old messages would only nag.
    /// Returns the records added.
    /// </summary>
    public async Task<int> JoinAsync(Room room, RoomLedgerEntry entry, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        int added;
        RoomProfile profile;
        try
        {
            var members = await client.GetMembersAsync(room.RoomId, cancellationToken);
            var inferred = await inference.InferOnJoinAsync(room, RoomMemberTracker.ToSnapshot(room.Name, members, null), cancellationToken);
            entry.Profile.Apply(inferred);
            profile = await profiles.OfAsync(entry, cancellationToken);
            var snapshot = RoomMemberTracker.ToSnapshot(room.Name, members, profile.Platform.ToString(), await membership.ReadByAsync(room.RoomId, cancellationToken));
            var window = await client.GetMessagesAsync(room.RoomId, force: true, cancellationToken);
            var now = time.GetUtcNow();
            var opening = new List<RecordDraft>
            {
                new() { RoomId = room.RoomId, Kind = RecordKind.RoomJoined, ObservedAt = now, Source = RecordSource.Poll, Details = snapshot.ToJson() },
                new() { RoomId = room.RoomId, Kind = RecordKind.RoomSnapshot, ObservedAt = now, Source = RecordSource.Poll, Details = snapshot.ToJson() },
            };
            if (inferred is not null)
            {
                opening.Add(inference.Draft(room.RoomId, inferred));
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
                    Details = new GapDetails(unreadable, "messages sent before the bot joined, older than the latest 100 the API returns").ToJson(),
                });
            }

            var openingResults = await ingestor.ArchiveAsync(opening, cancellationToken);
            var history = await ingestor.IngestWindowAsync(room.RoomId, window, RecordSource.Poll, null, client, cancellationToken);
            added = openingResults.Count(r => r.Added) + history.Added.Count;
            // History is archived, not acted on: nothing before this point is left for a replay after a crash.
            var joinedThrough = openingResults.Select(r => r.Record.Sequence).Concat(history.Added.Select(r => r.Sequence)).Max();
            await actions.MarkActedAsync(room.RoomId, joinedThrough, cancellationToken);
            entry.ActionsReplayed = true;
            entry.Lifecycle = RoomLifecycle.Active;
            entry.Snapshot = snapshot;
            entry.Name = room.Name;
            profile = await profiles.OfAsync(entry, cancellationToken);
            await cursors.SaveCursorAsync(entry.MarkRead(room.LastUpdateTime, room.MessageNum, now), cancellationToken);
        }
        finally
        {
            entry.Gate.Release();
        }

        // The files shared before the bot joined, older history included: one GET /rooms/{id}/files.
        added += await files.ResyncAsync(room.RoomId, RecordSource.Poll, cancellationToken);
        SyncLog.Joined(logger, room.RoomId, added);
        if (roomsOptions.CurrentValue.PostIntroNotice)
        {
            await poster.PostAsync(room.RoomId, IntroNotice.For(profile.Platform, profile.Language), null, cancellationToken);
        }

        return added;
    }
}
