namespace ChatworkGuard.Bot.Escrow;

/// <summary>
/// Answers commands addressed to the bot (confirm escrow, new milestone, status, help) and reminds about escrow
/// when a message announces work or a task is created while the current milestone is unconfirmed.
/// </summary>
internal sealed class EscrowAction(EscrowService escrow, LiveDetector detector, IChatworkOwnAccount ownAccount, RoomLedger ledger, NoticePoster poster, IOptionsMonitor<EscrowOptions> options, TimeProvider time) : IMessageAction
{
    public int Order => MessageActionOrder.Escrow;

    public async Task HandleAsync(ArchivedMessage message, RoomProfile profile, CancellationToken cancellationToken)
    {
        var record = message.Record;
        // Edits neither repeat commands nor re-trigger reminders: the original version already did.
        if (!options.CurrentValue.Enabled || message.IsEdit || record.AccountId is not { } author || record.MessageId is not { } messageId)
        {
            return;
        }

        var bot = (await ownAccount.GetOwnAccountAsync(cancellationToken)).AccountId;
        var segments = NotationParser.Parse(record.Body);
        var reference = new MessageReference(author, messageId);
        if (BotCommandLines.IsAddressedTo(segments, bot) && FindCommand(segments) is { } command)
        {
            // A command changes the escrow record: it waits until the API shows the message (a poll), since a webhook
            // payload can claim any author and text.
            if (message.IsApiConfirmed)
            {
                await ExecuteAsync(command, record, reference, profile, cancellationToken);
            }

            return;
        }

        if (message.ConfirmsWebhook)
        {
            // Reminders were decided when the webhook version arrived.
            return;
        }

        var state = await escrow.GetStateAsync(record.RoomId, cancellationToken);
        if (!state.NeedsReminder)
        {
            return;
        }

        var isTask = record.Body?.Contains("[dtext:task_added]", StringComparison.Ordinal) == true;
        var result = isTask ? DetectionResult.Empty : detector.Current.Detect(record.Body, record.RoomId, author);
        // An escrow-bypass message gets a warning that carries the checklist; a second post would only nag.
        var workStart = result.Signals.Contains(DetectionCategory.WorkStart) && !result.Categories.Contains(DetectionCategory.EscrowBypass);
        if ((isTask || workStart) && await TriggerCooldownPassedAsync(record.RoomId, cancellationToken))
        {
            await escrow.RemindAsync(record.RoomId, isTask ? "task" : "work-start", [author, .. profile.ContractorAccountIds], reference, cancellationToken);
        }
    }

    private async Task<bool> TriggerCooldownPassedAsync(long roomId, CancellationToken cancellationToken)
    {
        var entry = await ledger.GetAsync(roomId, cancellationToken);
        var now = time.GetUtcNow();
        if (entry.LastTriggeredReminderAt is { } last && now - last < options.CurrentValue.TriggeredReminderCooldown)
        {
            return false;
        }

        entry.LastTriggeredReminderAt = now;
        return true;
    }

    private async Task ExecuteAsync(EscrowCommand command, ArchiveRecord record, MessageReference reference, RoomProfile profile, CancellationToken cancellationToken)
    {
        var author = reference.AccountId;
        var name = record.AccountName ?? "";
        switch (command.Kind)
        {
            case EscrowCommandKind.Confirm when MayConfirm(author, profile):
                await escrow.ConfirmAsync(record.RoomId, author, name, command.Milestone, reference, cancellationToken);
                break;
            case EscrowCommandKind.Confirm when profile.ClientAccountIds.Contains(author):
                // The client pays; only the contractor can see on the platform that the payment is really held.
                await escrow.RecordClaimAsync(record.RoomId, author, name, command.Milestone, reference, profile, cancellationToken);
                break;
            case EscrowCommandKind.Confirm:
                await poster.PostAsync(record.RoomId, EscrowNotices.Refused(profile.Language), new NoticeAddress(reference, []), cancellationToken);
                break;
            case EscrowCommandKind.NewMilestone:
                await escrow.StartMilestoneAsync(record.RoomId, author, name, command.Milestone, reference, cancellationToken);
                break;
            case EscrowCommandKind.Status:
                var state = await escrow.GetStateAsync(record.RoomId, cancellationToken);
                var zone = EscrowSchedule.For(options.CurrentValue, record.RoomId).Zone;
                await poster.PostAsync(record.RoomId, EscrowNotices.Status(state, profile.Language, zone), new NoticeAddress(reference, []), cancellationToken);
                break;
            default:
                await poster.PostAsync(record.RoomId, EscrowNotices.Help(profile.Language), new NoticeAddress(reference, []), cancellationToken);
                break;
        }
    }

    // The room's contractors and the configured confirmers may confirm. Not room admins as such: the client who
    // created the room is usually one, and the escrow protects the contractor from that very client.
    private bool MayConfirm(long accountId, RoomProfile profile) =>
        profile.ContractorAccountIds.Contains(accountId) || options.CurrentValue.ConfirmerAccountIds.Contains(accountId);

    // "[To:bot]ChatworkGuardさん\n仮払い済み": the command is one of the lines the author wrote, usually not the first.
    private static EscrowCommand? FindCommand(IEnumerable<NotationSegment> segments) =>
        BotCommandLines.Of(segments).Select(EscrowCommandParser.Parse).FirstOrDefault(command => command is not null);
}
