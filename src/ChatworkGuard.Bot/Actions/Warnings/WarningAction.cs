namespace ChatworkGuard.Bot.Actions.Warnings;

/// <summary>
/// Warns in the room when a new or edited message looks like an off-platform deal: a reply to the message in an
/// info box, quoting what matched and citing the room's platform rule. Within the cooldown a category is warned again
/// only for another account or a higher severity (<see cref="WarningCooldown"/>); the ones held back are archived as
/// warning-suppressed, so the record still shows them.
/// </summary>
internal sealed partial class WarningAction(LiveDetector detector, IOptionsMonitor<DetectionOptions> detectionOptions, IOptionsMonitor<WarningOptions> warnings, TeamLeadNotifier teamLead, RoomLedger ledger, RoomActionLock roomLock, IArchiveStore archive, NoticePoster poster, IEnumerable<IWarningListener> listeners, TimeProvider time, BotMetrics metrics, DetectionTimeoutReporter timeouts, ILogger<WarningAction> logger) : IMessageAction
{
    private const int MaxExcerptLength = 120;

    private readonly IReadOnlyList<IWarningListener> _listeners = [.. listeners];

    public int Order => MessageActionOrder.Warnings;

    public async Task HandleAsync(ArchivedMessage message, RoomProfile profile, CancellationToken cancellationToken)
    {
        var record = message.Record;
        var options = detectionOptions.CurrentValue;
        // A poll confirming a webhook's version: the webhook's arrival already warned about it.
        if (!options.Enabled || message.ConfirmsWebhook || record.AccountId is not { } author || record.MessageId is null)
        {
            return;
        }

        var result = detector.Current.Detect(record.Body, record.RoomId, author);
        timeouts.Report(result, record.RoomId, record.MessageId);
        if (!result.ShouldWarn)
        {
            return;
        }

        // Decide, post and archive under the room's cluster-wide lock, on state refreshed from the archive: another
        // instance (a webhook there, the sync job here) may have just warned in this room (see RoomActionLock).
        await using var held = await roomLock.AcquireAsync(record.RoomId, cancellationToken);
        var entry = await ledger.RefreshAsync(record.RoomId, cancellationToken);
        var now = time.GetUtcNow();
        var due = new List<string>();
        foreach (var category in result.Categories.Where(c => !AlreadyAnswered(entry, record.MessageId, c)))
        {
            // A surer finding is not silenced by a less sure one: a rule quoting the words posts even within the
            // cooldown of a warning the model raised alone.
            var surer = entry.ModelOnlyWarnings.Contains(category) && !result.RuleIds.Contains(Detector.ModelRulePrefix + category);
            if (entry.Warnings.HeldUntil(category, author, WarningDetails.SeverityIn(result, category), now, options.Cooldown) is { } until && !surer)
            {
                await SuppressAsync(record, category, result, until, cancellationToken);
            }
            else
            {
                due.Add(category);
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        var excerpt = Excerpt(result, due);
        var template = warnings.CurrentValue.TemplateFor(profile.Language.ToString(), due[0]);
        var notice = WarningNotices.For(due, NotationText.Neutralize(excerpt), profile.Platform, profile.Language, template);
        var (body, postedId) = await poster.PostAsync(record.RoomId, notice, NoticeAddress.Reply(author, record.MessageId), cancellationToken);
        var severities = due.ToDictionary(c => c, c => WarningDetails.SeverityIn(result, c).ToString().ToLowerInvariant(), StringComparer.Ordinal);
        foreach (var category in due)
        {
            entry.Warnings.Note(category, now, author, WarningDetails.SeverityIn(result, category));
            WarningDetails.NoteSource(entry.ModelOnlyWarnings, category, result.RuleIds);
        }

        metrics.WarningPosted(due);

        await archive.AppendAsync(
            new RecordDraft
            {
                RoomId = record.RoomId,
                Kind = RecordKind.WarningPosted,
                MessageId = postedId,
                AccountId = null,
                Body = body,
                ObservedAt = now,
                Source = RecordSource.Bot,
                Details = (new WarningDetails(due, result.RuleIds, record.MessageId, excerpt, postedId, null) { AccountId = author, Severities = severities }).ToJson(),
                IdempotencyKey = $"warning-posted:{record.MessageId}:{record.UpdateTime ?? 0}:{string.Join(',', due)}",
            },
            cancellationToken);
        Log.Warned(logger, record.RoomId, record.MessageId, due);
        if (warnings.CurrentValue.NotifyTeamLead)
        {
            await teamLead.NotifyAsync(profile.NotificationRoomId, Summary(record, due, excerpt, profile), cancellationToken);
        }

        foreach (var listener in _listeners)
        {
            await listener.OnWarningPostedAsync(new WarningPosted(record, due, profile, postedId), cancellationToken);
        }
    }

    // Only a replay: a live edit of a warned message is judged afresh, and a repeat within the cooldown is archived
    // as held back. A replay of a version the process died on may find its own warning already archived.
    private static bool AlreadyAnswered(RoomLedgerEntry entry, string messageId, string category) =>
        ActionReplay.IsActive && entry.WarnedCategories.TryGetValue(messageId, out var warned) && warned.Contains(category);

    private async Task SuppressAsync(ArchiveRecord record, string category, DetectionResult result, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var appended = await archive.AppendAsync(
            new RecordDraft
            {
                RoomId = record.RoomId,
                Kind = RecordKind.WarningSuppressed,
                ObservedAt = time.GetUtcNow(),
                Source = RecordSource.Bot,
                Details = new WarningDetails([category], result.RuleIds, record.MessageId, Excerpt(result, [category]), null, until).ToJson(),
                IdempotencyKey = $"warning-suppressed:{record.MessageId}:{record.UpdateTime ?? 0}:{category}",
            },
            cancellationToken);
        if (appended.Added)
        {
            metrics.WarningSuppressed(category);
        }

        Log.Suppressed(logger, record.RoomId, record.MessageId!, category);
    }

    private static Notice Summary(ArchiveRecord record, IReadOnlyList<string> categories, string excerpt, RoomProfile profile) =>
        profile.Language == Policy.Platforms.BotLanguage.Ja
            ? new Notice("警告を投稿しました", $"ルーム {record.RoomId} の {record.AccountName} さんの発言（{string.Join(", ", categories)}）：「{excerpt}」")
            : new Notice("Warning posted", $"Room {record.RoomId}, message by {record.AccountName} ({string.Join(", ", categories)}): \"{excerpt}\"");

    private static string Excerpt(DetectionResult result, IReadOnlyCollection<string> categories)
    {
        var finding = result.Findings.FirstOrDefault(f => !f.IsSignal && categories.Contains(f.Category))
            ?? result.Findings.FirstOrDefault(f => !f.IsSignal);
        var text = finding?.Excerpt ?? "";
        return text.Length <= MaxExcerptLength ? text : text[..MaxExcerptLength] + "…";
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Warned in room {RoomId} about message {MessageId}: {Categories}")]
        public static partial void Warned(ILogger logger, long roomId, string messageId, IReadOnlyList<string> categories);

        [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Warning about message {MessageId} in room {RoomId} suppressed by the {Category} cooldown")]
        public static partial void Suppressed(ILogger logger, long roomId, string messageId, string category);
    }
}
