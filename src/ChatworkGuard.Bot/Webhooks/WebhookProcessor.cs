namespace ChatworkGuard.Bot.Webhooks;

/// <summary>Ingests queued webhook events through the same path as polling, one at a time, in order.</summary>
internal sealed partial class WebhookProcessor(WebhookQueue queue, RoomLedger ledger, RoomDirectory rooms, MessageIngestor ingestor, MessageActionPipeline actions, RoomFileSync files, ILogger<WebhookProcessor> logger) : BackgroundService
{
    private readonly Lock _progressGate = new();
    private readonly List<(long Count, TaskCompletionSource Reached)> _progressWaiters = [];
    private long _processed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var payload in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ProcessAsync(payload, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One bad event must not stop the loop; polling archives whatever this one missed.
                Log.Failed(logger, payload.WebhookEvent.RoomId, payload.WebhookEvent.MessageId, error);
            }

            MarkProcessed();
        }
    }

    /// <summary>
    /// Completes once <paramref name="count"/> queued events have been handled (archived and acted on, skipped, or
    /// failed and logged) since the host started. It lets a caller — the integration tests, comparing with
    /// <see cref="WebhookQueue.Accepted"/> — wait for the fact that an event was handled instead of a guessed delay.
    /// </summary>
    public Task WaitForProcessedAsync(long count, CancellationToken cancellationToken)
    {
        lock (_progressGate)
        {
            if (_processed >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _progressWaiters.Add((count, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Archives the event's message version and runs the actions on it, as a poll would.</summary>
    public async Task ProcessAsync(WebhookPayload payload, CancellationToken cancellationToken)
    {
        var e = payload.WebhookEvent;
        if (!rooms.IsWatched(e.RoomId))
        {
            // The same watch decision as polling: a denied room's events are not archived or acted on.
            Log.NotWatched(logger, e.RoomId);
            return;
        }

        var entry = await ledger.GetAsync(e.RoomId, cancellationToken);
        if (entry.Lifecycle != RoomLifecycle.Active)
        {
            // Another instance sharing the database may have joined the room since this one cached it.
            entry = await ledger.RefreshAsync(e.RoomId, cancellationToken);
        }

        if (entry.Lifecycle != RoomLifecycle.Active)
        {
            // Joining is the sync cycle's job (snapshot, history, intro); it will see this message too.
            Log.NotJoined(logger, e.RoomId);
            return;
        }

        var name = entry.Snapshot?.Members.FirstOrDefault(m => m.AccountId == e.SenderAccountId)?.Name ?? "";
        var seen = new SeenMessage(e.MessageId, e.SenderAccountId, name, e.Body, e.SendTime, e.UpdateTime);
        IngestResult result;
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            result = await ingestor.IngestOneAsync(e.RoomId, seen, RecordSource.Webhook, cancellationToken);
        }
        finally
        {
            entry.Gate.Release();
        }

        await files.ArchiveAttachmentsAsync(e.RoomId, result.MessageVersions, RecordSource.Webhook, cancellationToken);
        await actions.RunAsync(e.RoomId, result, cancellationToken);
    }

    private void MarkProcessed()
    {
        lock (_progressGate)
        {
            _processed++;
            foreach (var (_, reached) in _progressWaiters.Where(w => w.Count <= _processed))
            {
                reached.TrySetResult();
            }

            _progressWaiters.RemoveAll(w => w.Count <= _processed);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1410, Level = LogLevel.Error, Message = "Webhook event for message {MessageId} in room {RoomId} could not be ingested")]
        public static partial void Failed(ILogger logger, long roomId, string messageId, Exception error);

        [LoggerMessage(EventId = 1411, Level = LogLevel.Debug, Message = "Webhook event for room {RoomId}, which the bot has not joined yet; the next sync cycle joins the room and reads the message")]
        public static partial void NotJoined(ILogger logger, long roomId);

        [LoggerMessage(EventId = 1412, Level = LogLevel.Debug, Message = "Webhook event for room {RoomId}, which the bot does not watch (Rooms:Deny or the allow list); ignored")]
        public static partial void NotWatched(ILogger logger, long roomId);
    }
}
