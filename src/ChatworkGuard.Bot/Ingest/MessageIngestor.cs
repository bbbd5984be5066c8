namespace ChatworkGuard.Bot.Ingest;

/// <summary>
/// The one ingestion path: polls, resyncs and webhooks all hand what they saw to this type, which diffs it
/// against the archive and appends the differences. Appends are idempotent, so the same version arriving by
/// webhook and by poll is archived once.
/// </summary>
internal sealed partial class MessageIngestor(IArchiveStore archive, IChatworkRoomReader client, TimeProvider time, BotMetrics metrics, ILogger<MessageIngestor> logger)
{
    /// <summary>
    /// Archives what a force=1 window shows: new messages, edits, confirmed deletions, and a gap when the window
    /// no longer reaches what the archive has. <paramref name="messageNumGrowth"/> sizes the gap when known.
    /// </summary>
    /// <remarks><paramref name="previousReadAt"/> is the room's last read before this one: webhook versions archived since
    /// are confirmed by this window (commands waiting for the API run); null confirms every webhook version it shows.</remarks>
    public async Task<IngestResult> IngestWindowAsync(long roomId, IReadOnlyList<Message> window, RecordSource source, int? messageNumGrowth, IChatworkRoomReader? reader, CancellationToken cancellationToken, DateTimeOffset? previousReadAt = null)
    {
        var seen = window.Select(ToSeen).ToList();
        var slice = await archive.GetMessageVersionsAsync(roomId, WindowQuery(seen), cancellationToken);
        var versions = slice.Versions;
        var diff = MessageWindowDiff.Compare(versions, seen, messageNumGrowth, previousReadAt, slice.NewestEarlierMessageId);
        if (diff.IsEmpty)
        {
            return IngestResult.Empty;
        }

        var now = time.GetUtcNow();
        var drafts = new List<RecordDraft>();
        if (diff.GapCount != 0)
        {
            drafts.Add(GapDraft(roomId, diff.GapCount, now, source));
            Log.GapDetected(logger, roomId, diff.GapCount);
        }

        drafts.AddRange(diff.Created.Select(m => MessageDraft(roomId, RecordKind.MessageCreated, m, now, source)));
        drafts.AddRange(diff.Edited.Select(m => MessageDraft(roomId, RecordKind.MessageEdited, m, now, source)));
        foreach (var conflict in diff.Conflicts)
        {
            drafts.Add(MessageDraft(roomId, RecordKind.Conflict, conflict.Polled, now, source) with { Details = new ConflictDetails(conflict.Webhook.Sequence, conflict.Fields).ToJson() });
            Log.WebhookContradicted(logger, roomId, conflict.Polled.MessageId, conflict.Fields);
        }

        foreach (var candidate in diff.Missing)
        {
            var confirmed = await ConfirmMissingAsync(roomId, candidate, reader ?? client, now, source, cancellationToken);
            if (confirmed is not null)
            {
                drafts.Add(confirmed);
            }
        }

        var result = await AppendAsync(drafts, cancellationToken);
        return diff.Confirmed.Count == 0
            ? result
            : result with { Confirmed = [.. diff.Confirmed.Select(m => ConfirmedRecord(roomId, m, versions[m.MessageId].Sequence, now, source))] };
    }

    // The confirmed version as the poll saw it; it is not appended (the archive already holds it), so it has no hash.
    private static ArchiveRecord ConfirmedRecord(long roomId, SeenMessage message, long sequence, DateTimeOffset now, RecordSource source) =>
        ArchiveRecord.Unhashed(MessageDraft(roomId, RecordKind.MessageCreated, message, now, source), sequence, ChainHash.Zero);

    /// <summary>Archives one message version seen outside a window (a webhook event); never infers deletions.</summary>
    public async Task<IngestResult> IngestOneAsync(long roomId, SeenMessage message, RecordSource source, CancellationToken cancellationToken)
    {
        var versions = (await archive.GetMessageVersionsAsync(roomId, MessageVersionQuery.ForIds([message.MessageId]), cancellationToken)).Versions;
        var archived = versions.GetValueOrDefault(message.MessageId);
        if (archived is not null && (archived.IsDeleted || message.IsArchivedAs(archived)))
        {
            return IngestResult.Empty;
        }

        var kind = archived is null ? RecordKind.MessageCreated : RecordKind.MessageEdited;
        return await AppendAsync([MessageDraft(roomId, kind, message, time.GetUtcNow(), source)], cancellationToken);
    }

    // A full window shows only its own span, so the diff needs the archived messages it names and those sent since its
    // oldest send time (a deletion can only be noticed among them). A window with room to spare shows the whole room:
    // every archived message it lacks is a deletion candidate, so it is compared with all of them.
    private static MessageVersionQuery WindowQuery(List<SeenMessage> window) =>
        window.Count >= MessageWindowDiff.WindowSize
            ? MessageVersionQuery.ForWindow([.. window.Select(m => m.MessageId)], window.Min(m => m.SendTime))
            : MessageVersionQuery.ForWholeRoom();

    /// <summary>Converts an API message into what the diff compares.</summary>
    public static SeenMessage ToSeen(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new SeenMessage(message.MessageId, message.Account.AccountId, message.Account.Name, message.Body, message.SendTime, message.UpdateTime);
    }

    /// <summary>Appends records that are not message versions (joined, snapshot, gap, lost) and counts the added
    /// ones in the metrics, like every message version.</summary>
    public async Task<IReadOnlyList<AppendResult>> ArchiveAsync(IReadOnlyList<RecordDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
        {
            return [];
        }

        var results = await archive.AppendBatchAsync(drafts, cancellationToken);
        metrics.RecordArchived(results.Where(r => r.Added).Select(r => r.Record));
        return results;
    }

    private async Task<IngestResult> AppendAsync(List<RecordDraft> drafts, CancellationToken cancellationToken)
    {
        var results = await ArchiveAsync(drafts, cancellationToken);
        return results.Count == 0 ? IngestResult.Empty : new IngestResult([.. results.Where(r => r.Added).Select(r => r.Record)]);
    }

    // A message missing from the window is only archived as deleted once the API confirms it is gone: a
    // window can shift between two reads, and a false deletion in evidence is worse than a late one.
    private async Task<RecordDraft?> ConfirmMissingAsync(long roomId, MessageVersion archived, IChatworkRoomReader reader, DateTimeOffset now, RecordSource source, CancellationToken cancellationToken)
    {
        try
        {
            var current = ToSeen(await reader.GetMessageAsync(roomId, archived.MessageId, cancellationToken));
            if (!current.IsArchivedAs(archived))
            {
                return MessageDraft(roomId, RecordKind.MessageEdited, current, now, source);
            }

            Log.MissingButPresent(logger, roomId, archived.MessageId);
            return null;
        }
        catch (ChatworkApiException error) when (error.IsNotFound)
        {
            return new RecordDraft
            {
                RoomId = roomId,
                Kind = RecordKind.MessageDeleted,
                MessageId = archived.MessageId,
                AccountId = archived.AccountId,
                Body = archived.Body,
                SendTime = archived.SendTime,
                UpdateTime = archived.UpdateTime,
                ObservedAt = now,
                Source = source,
            };
        }
    }

    private static RecordDraft MessageDraft(long roomId, RecordKind kind, SeenMessage message, DateTimeOffset now, RecordSource source) => new()
    {
        RoomId = roomId,
        Kind = kind,
        MessageId = message.MessageId,
        AccountId = message.AccountId,
        AccountName = message.AccountName,
        Body = message.Body,
        SendTime = message.SendTime,
        UpdateTime = message.UpdateTime,
        ObservedAt = now,
        Source = source,
    };

    private static RecordDraft GapDraft(long roomId, int count, DateTimeOffset now, RecordSource source) => new()
    {
        RoomId = roomId,
        Kind = RecordKind.Gap,
        ObservedAt = now,
        Source = source,
        Details = count == WindowDiff.UnknownGap
            ? new GapDetails(null, "the latest 100 messages no longer overlap the archive; an unknown number of messages (possibly none) could not be read").ToJson()
            : new GapDetails(count, "more messages arrived between two reads than the API returns (100)").ToJson(),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Room {RoomId}: {Count} messages could not be read between two syncs (-1 = unknown); a gap record was archived")]
        public static partial void GapDetected(ILogger logger, long roomId, int count);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Room {RoomId}: message {MessageId} was missing from the window but still exists")]
        public static partial void MissingButPresent(ILogger logger, long roomId, string messageId);

        [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Room {RoomId}: the API contradicts the webhook version of message {MessageId} ({Fields}); archived the API's version as a conflict record")]
        public static partial void WebhookContradicted(ILogger logger, long roomId, string messageId, IReadOnlyList<string> fields);
    }
}
