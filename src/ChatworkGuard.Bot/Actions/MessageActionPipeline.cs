namespace ChatworkGuard.Bot.Actions;

/// <summary>
/// Runs every <see cref="IMessageAction"/> on each newly archived message, awaited, in <see cref="IMessageAction.Order"/>
/// (equal places keep their registration order). The bot's own messages are never acted on. One failing action is logged
/// and the others still run. Afterwards those records are marked done and the room's action cursor moves over the done
/// ones (<see cref="ISyncCursorStore.CompleteActionsAsync"/>), so a crash between archiving a message and acting on it
/// is caught up after a restart (<see cref="ReplayPendingAsync"/>) instead of losing the warning, even when another
/// instance acted on a later message of the room meanwhile.
/// </summary>
internal sealed partial class MessageActionPipeline(
    IEnumerable<IMessageAction> actions, BotAccounts botAccounts, RoomProfiles profiles, IArchiveStore archive, ISyncCursorStore cursors, ILogger<MessageActionPipeline> logger)
{
    private readonly List<IMessageAction> _actions = [.. actions.OrderBy(action => action.Order)];

    /// <summary>The actions in the order they run on each message.</summary>
    public IReadOnlyList<IMessageAction> Actions => _actions;

    /// <summary>Acts on the new message versions of <paramref name="result"/>, then marks every record it added done.</summary>
    public async Task RunAsync(long roomId, IngestResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_actions.Count > 0)
        {
            await ActAsync(roomId, result.MessageVersions, confirmsWebhook: false, cancellationToken);
            await ActAsync(roomId, result.Confirmed, confirmsWebhook: true, cancellationToken);
        }

        if (result.Added.Count > 0)
        {
            await cursors.CompleteActionsAsync(roomId, [.. result.Added.Select(r => r.Sequence)], cancellationToken);
        }
    }

    /// <summary>Records that everything up to <paramref name="sequence"/> needs no more action (history read on joining).</summary>
    public Task MarkActedAsync(long roomId, long sequence, CancellationToken cancellationToken) =>
        cursors.SaveActionCursorAsync(roomId, sequence, cancellationToken);

    /// <summary>
    /// Acts on the message versions archived after the room's stored action cursor that no instance marked done: what a
    /// process archived but was killed before acting on. Notices it had already posted are found in the room, not
    /// posted twice. A room without a stored cursor (an archive from before cursors) starts at its chain head. Call once
    /// per room per process, before the room is read, and with <paramref name="archivedBefore"/> for a room whose
    /// actions stalled (<see cref="ISyncCursorStore.FindRoomsWithStalledActionsAsync"/>): then only records archived
    /// before it are taken, and newer ones are left to the instance that may still be acting on them.
    /// </summary>
    public async Task ReplayPendingAsync(long roomId, DateTimeOffset? archivedBefore, CancellationToken cancellationToken)
    {
        var progress = await cursors.LoadActionProgressAsync(roomId, cancellationToken);
        if (progress.ActedThrough is not { } acted)
        {
            if (await archive.GetChainHeadAsync(roomId, cancellationToken) is { } head)
            {
                await MarkActedAsync(roomId, head.Sequence, cancellationToken);
            }

            return;
        }

        var undone = new List<long>();
        var pending = new List<ArchiveRecord>();
        var any = false;
        await foreach (var record in archive.ReadRoomAsync(roomId, acted + 1, cancellationToken))
        {
            any = true;
            if (!progress.IsPending(record.Sequence) || record.ObservedAt >= archivedBefore)
            {
                continue;
            }

            undone.Add(record.Sequence);
            if (record.Kind is RecordKind.MessageCreated or RecordKind.MessageEdited or RecordKind.Conflict)
            {
                pending.Add(record);
            }
        }

        if (!any)
        {
            return;
        }

        if (pending.Count > 0 && _actions.Count > 0)
        {
            Log.Replaying(logger, pending.Count, roomId);
            using (ActionReplay.Begin())
            {
                await ActAsync(roomId, pending, confirmsWebhook: false, cancellationToken);
            }
        }

        await cursors.CompleteActionsAsync(roomId, undone, cancellationToken);
    }

    private async Task ActAsync(long roomId, IEnumerable<ArchiveRecord> messageVersions, bool confirmsWebhook, CancellationToken cancellationToken)
    {
        // Any of the bot's accounts: one account's warning (which quotes the lure) must not set off another's.
        var botAccountIds = await botAccounts.IdsAsync(cancellationToken);
        foreach (var record in messageVersions)
        {
            if (record.AccountId is { } author && botAccountIds.Contains(author))
            {
                continue;
            }

            // Per message: a profile command earlier in the same batch (受注者は私です) counts for the next one.
            var profile = await profiles.GetAsync(roomId, cancellationToken);

            foreach (var action in _actions)
            {
                try
                {
                    await action.HandleAsync(new ArchivedMessage(record) { ConfirmsWebhook = confirmsWebhook }, profile, cancellationToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Log.ActionFailed(logger, action.GetType().Name, roomId, record.MessageId, error);
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "{Action} failed on message {MessageId} in room {RoomId}")]
        public static partial void ActionFailed(ILogger logger, string action, long roomId, string? messageId, Exception error);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Acting on {Count} messages in room {RoomId} that were archived but not acted on (a process stopped in between)")]
        public static partial void Replaying(ILogger logger, int count, long roomId);
    }
}
