namespace ChatworkGuard.Bot.Sync;

/// <summary>Finds the rooms the bot has lost (removed from, or deleted), archives each loss and tells the team lead.</summary>
internal sealed class LostRoomDetector(
    IChatworkRoomReader client,
    RoomLedger ledger,
    RoomDirectory rooms,
    RoomProfiles profiles,
    MessageIngestor ingestor,
    RoomLifecycleAnnouncer announcer,
    TeamLeadNotifier teamLead,
    TimeProvider time,
    ILogger<LostRoomDetector> logger)
{
    /// <summary>
    /// Rooms the archive holds as active that the configuration no longer watches (Rooms:Deny, the allow list) are
    /// archived as room-lost with the reason <c>unwatched</c>, at once. Rooms the archive holds as active that GET /rooms no longer lists are confirmed one by one with
    /// GET /rooms/{id}: a 400, 403 or 404 there (the API's answer for a lost room is not documented) makes
    /// the loss a fact, archived as room-lost, and the team lead is told. Returns the rooms found lost.
    /// </summary>
    public async Task<int> DetectLostRoomsAsync(HashSet<long> listed, CancellationToken cancellationToken)
    {
        var lost = 0;
        foreach (var entry in await ledger.GetArchivedRoomsAsync(cancellationToken))
        {
            if (entry.Lifecycle != RoomLifecycle.Active || listed.Contains(entry.RoomId))
            {
                continue;
            }

            // Another instance sharing the database may have archived the loss already.
            if ((await ledger.RefreshAsync(entry.RoomId, cancellationToken)).Lifecycle != RoomLifecycle.Active)
            {
                continue;
            }

            if (!rooms.IsWatched(entry.RoomId))
            {
                // Denied (or left off the allow list) after it was joined: the bot stops watching it, as if lost,
                // so its schedule goes and a later allow joins it again with a fresh snapshot.
                await ArchiveLossAsync(entry, new RoomLostDetails { Reason = RoomLostDetails.Unwatched }, cancellationToken);
                lost++;
                continue;
            }

            try
            {
                await client.GetRoomAsync(entry.RoomId, cancellationToken);
                SyncLog.UnlistedButReachable(logger, entry.RoomId);
            }
            catch (ChatworkApiException error) when (error.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                var details = new RoomLostDetails { Status = (int)error.StatusCode, Errors = error.Errors };
                await ArchiveLossAsync(entry, details, cancellationToken);
                SyncLog.RoomLost(logger, entry.RoomId, (int)error.StatusCode);
                lost++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                SyncLog.RoomFailed(logger, entry.RoomId, error);
            }
        }

        return lost;
    }

    private async Task ArchiveLossAsync(RoomLedgerEntry entry, RoomLostDetails details, CancellationToken cancellationToken)
    {
        var head = (await ingestor.ArchiveAsync(
            [
                new RecordDraft
                {
                    RoomId = entry.RoomId,
                    Kind = RecordKind.RoomLost,
                    ObservedAt = time.GetUtcNow(),
                    Source = RecordSource.Poll,
                    Details = details.ToJson(),
                },
            ],
            cancellationToken))[0];
        entry.Lifecycle = RoomLifecycle.Lost;
        entry.AnnouncedActive = false;
        await announcer.AnnounceLostAsync(entry.RoomId, cancellationToken);

        var profile = await profiles.OfAsync(entry, cancellationToken);
        await teamLead.NotifyAsync(
            profile.NotificationRoomId,
            details.Reason == RoomLostDetails.Unwatched
                ? RoomNotices.Unwatched(entry.RoomId, entry.Name, head.Record.Sequence, profile.Language)
                : RoomNotices.Lost(entry.RoomId, entry.Name, head.Record.Sequence, profile.Language),
            cancellationToken);
    }
}
