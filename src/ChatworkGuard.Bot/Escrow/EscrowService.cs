namespace ChatworkGuard.Bot.Escrow;

/// <summary>
/// Owns each room's escrow state: reminders, confirmations and milestones. Every change is archived with who
/// caused it (the archive is where the state lives; <see cref="RoomLedger"/> replays it on start).
/// </summary>
internal sealed partial class EscrowService(RoomLedger ledger, RoomActionLock roomLock, IArchiveStore archive, NoticePoster poster, TeamLeadNotifier teamLead, RoomProfiles profiles, RoomDirectory rooms, IChatworkOwnAccount ownAccount, IOptionsMonitor<EscrowOptions> escrowOptions, TimeProvider time, BotMetrics metrics, ILogger<EscrowService> logger)
{
    /// <summary>The room's current milestone state.</summary>
    public async Task<EscrowState> GetStateAsync(long roomId, CancellationToken cancellationToken) =>
        (await ledger.GetAsync(roomId, cancellationToken)).Escrow ?? EscrowState.Initial(roomId);

    /// <summary>
    /// Posts a reminder unless the escrow is confirmed; mentions <paramref name="mentions"/>, and on escalation the
    /// contractors too, and tells the team lead. Returns whether a reminder was posted.
    /// </summary>
    /// <remarks><paramref name="recoveringSlot"/> is set when this runs a scheduled slot again because the run that first
    /// fired at that time died: a post of this very reminder that no reminder record holds (that run died between
    /// posting and archiving) is archived instead of posting another, and a reminder archived since the slot means the
    /// slot was served, so nothing is posted.</remarks>
    public async Task<bool> RemindAsync(long roomId, string cause, IReadOnlyCollection<long> mentions, MessageReference? replyTo, CancellationToken cancellationToken, DateTimeOffset? recoveringSlot = null)
    {
        // The cluster-wide room lock and a refresh from the archive: a confirmation or reminder archived by another
        // instance must count before this one decides to post (see RoomActionLock).
        await using var held = await roomLock.AcquireAsync(roomId, cancellationToken);
        var entry = await ledger.RefreshAsync(roomId, cancellationToken);
        await entry.EscrowGate.WaitAsync(cancellationToken);
        try
        {
            var state = entry.Escrow ?? EscrowState.Initial(roomId);
            if (!state.NeedsReminder)
            {
                return false;
            }

            var profile = await profiles.OfAsync(entry, cancellationToken);
            var escalate = state.NextReminderEscalates(EscrowSchedule.For(escrowOptions.CurrentValue, roomId).EscalateAfter);
            var bot = (await ownAccount.GetOwnAccountAsync(cancellationToken)).AccountId;
            var mentioned = mentions.Concat(escalate ? profile.ContractorAccountIds : []).Where(id => id != bot).Distinct().ToList();
            var notice = EscrowNotices.Reminder(state, profile.Platform, profile.Language, escalate);
            var address = new NoticeAddress(replyTo, mentioned);
            var orphan = recoveringSlot is null ? null : await UnarchivedPostAsync(roomId, notice, address, cancellationToken);
            if (orphan is null && recoveringSlot <= state.LastReminderAt)
            {
                return false;
            }

            var (body, postedId) = orphan is null
                ? await poster.PostAsync(roomId, notice, address, cancellationToken)
                : (NoticePoster.Render(roomId, notice, address), orphan);
            var next = state.Reminded(time.GetUtcNow());
            await AppendAsync(roomId, RecordKind.ReminderPosted, new EscrowRecordDetails(next, cause, escalate, replyTo?.MessageId), postedId, body, null, cancellationToken);
            entry.Escrow = next;
            metrics.ReminderPosted();
            Log.Reminded(logger, roomId, cause, next.ReminderCount, escalate);
            if (escalate)
            {
                await teamLead.NotifyAsync(profile.NotificationRoomId, EscalationNotice(entry, next, profile.Language), cancellationToken);
            }

            return true;
        }
        finally
        {
            entry.EscrowGate.Release();
        }
    }

    /// <summary>Counts a warning that already carried the escrow checklist as a reminder (no second post).</summary>
    public async Task RecordWarningAsReminderAsync(long roomId, string warningMessageId, string replyTo, CancellationToken cancellationToken)
    {
        var entry = await ledger.GetAsync(roomId, cancellationToken);
        await entry.EscrowGate.WaitAsync(cancellationToken);
        try
        {
            var state = entry.Escrow ?? EscrowState.Initial(roomId);
            if (!state.NeedsReminder)
            {
                return;
            }

            var next = state.Reminded(time.GetUtcNow());
            await AppendAsync(roomId, RecordKind.ReminderPosted, new EscrowRecordDetails(next, "warning", false, replyTo), warningMessageId, null, null, cancellationToken);
            entry.Escrow = next;
        }
        finally
        {
            entry.EscrowGate.Release();
        }
    }

    /// <summary>Applies a confirmation by <paramref name="by"/> (already checked as allowed) and acknowledges it.</summary>
    public async Task ConfirmAsync(long roomId, long by, string byName, string? milestone, MessageReference command, CancellationToken cancellationToken) =>
        await ChangeAsync(roomId, command, state =>
        {
            // "仮払い済み M2" while M2 is not the current milestone starts M2 first, then confirms it.
            var current = milestone is not null && milestone != state.Milestone ? state.NextMilestone(milestone) : state;
            return (RecordKind.EscrowConfirmed, current.Confirmed(by, time.GetUtcNow()), "confirm", by, byName);
        }, (state, language) => EscrowNotices.Confirmed(state, language), cancellationToken);

    /// <summary>Records a client's word that the escrow is funded as claimed (the milestone stays unconfirmed) and asks
    /// the contractors, in the room, to check on the platform and confirm.</summary>
    public async Task RecordClaimAsync(long roomId, long by, string byName, string? milestone, MessageReference command, RoomProfile profile, CancellationToken cancellationToken) =>
        await ChangeAsync(roomId, command, state =>
        {
            var current = milestone is not null && milestone != state.Milestone ? state.NextMilestone(milestone) : state;
            return (RecordKind.EscrowChanged, current, "claim", by, byName);
        }, (state, language) => EscrowNotices.Claimed(state, profile.Platform, language), cancellationToken, profile.ContractorAccountIds);

    /// <summary>Starts a new, unconfirmed milestone and acknowledges it.</summary>
    public async Task StartMilestoneAsync(long roomId, long by, string byName, string? name, MessageReference command, CancellationToken cancellationToken) =>
        await ChangeAsync(roomId, command,
            state => (RecordKind.EscrowChanged, state.NextMilestone(name), "milestone", by, byName),
            (state, language) => EscrowNotices.MilestoneStarted(state, language),
            cancellationToken);

    private async Task ChangeAsync(
        long roomId,
        MessageReference command,
        Func<EscrowState, (RecordKind Kind, EscrowState State, string Cause, long By, string ByName)> change,
        Func<EscrowState, BotLanguage, Notice> acknowledgement,
        CancellationToken cancellationToken,
        IReadOnlyList<long>? mentions = null)
    {
        var entry = await ledger.GetAsync(roomId, cancellationToken);
        await entry.EscrowGate.WaitAsync(cancellationToken);
        EscrowState next;
        try
        {
            var (kind, state, cause, by, byName) = change(entry.Escrow ?? EscrowState.Initial(roomId));
            await AppendAsync(roomId, kind, new EscrowRecordDetails(state, cause, false, command.MessageId), null, null, (by, byName), cancellationToken);
            entry.Escrow = next = state;
            Log.Changed(logger, roomId, cause, state.Milestone, state.Status);
        }
        finally
        {
            entry.EscrowGate.Release();
        }

        var profile = await profiles.OfAsync(entry, cancellationToken);
        await poster.PostAsync(roomId, acknowledgement(next, profile.Language), new NoticeAddress(command, mentions ?? []), cancellationToken);
    }

    private Task<AppendResult> AppendAsync(long roomId, RecordKind kind, EscrowRecordDetails details, string? messageId, string? body, (long Id, string Name)? actor, CancellationToken cancellationToken) =>
        archive.AppendAsync(
            new RecordDraft
            {
                RoomId = roomId,
                Kind = kind,
                MessageId = messageId,
                AccountId = actor?.Id,
                AccountName = actor?.Name,
                Body = body,
                ObservedAt = time.GetUtcNow(),
                Source = RecordSource.Bot,
                Details = details.ToJson(),
            },
            cancellationToken);

    private static Notice EscalationNotice(RoomLedgerEntry entry, EscrowState state, BotLanguage language) => language == BotLanguage.Ja
        ? new Notice("仮払いが未確認のままです", $"ルーム「{entry.Name}」（ID {entry.RoomId}）のマイルストーン「{state.Milestone}」は、{state.ReminderCount} 回のリマインド後も仮払いが確認されていません。")
        : new Notice("Escrow still unconfirmed", $"Milestone \"{state.Milestone}\" in the room \"{entry.Name}\" (ID {entry.RoomId}) is still unconfirmed after {state.ReminderCount} reminders.");

    private static partial class Log
    {
        [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Escrow reminder in room {RoomId} ({Cause}), reminder {Count}, escalated: {Escalated}")]
        public static partial void Reminded(ILogger logger, long roomId, string cause, int count, bool escalated);

        [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "Escrow in room {RoomId} changed ({Cause}): milestone {Milestone} is {Status}")]
        public static partial void Changed(ILogger logger, long roomId, string cause, string milestone, EscrowStatus status);
    }
}
