namespace ChatworkGuard.Bot.Sync;

/// <summary>Compares a force=1 window (the latest ≤100 messages) with what the archive already holds.</summary>
internal static class MessageWindowDiff
{
    /// <summary>The most messages the API returns in one window.</summary>
    public const int WindowSize = 100;

    /// <summary>
    /// Diffs <paramref name="window"/> (oldest first) against <paramref name="known"/>.
    /// <paramref name="messageNumGrowth"/> is how much the room's message_num grew since the last read,
    /// when known; it sizes a gap when the window no longer overlaps the archive. <paramref name="known"/> needs
    /// only the archived messages the window names or that were sent at or after its oldest send time;
    /// <paramref name="newestEarlierId"/> is then the newest archived message sent before that, if any.
    /// </summary>
    /// <remarks>A webhook version the window shows unchanged is confirmed once: by the first read after it was archived
    /// (<paramref name="previousReadAt"/>, the room's last read before this one; null confirms every such version).</remarks>
    public static WindowDiff Compare(IReadOnlyDictionary<string, MessageVersion> known, IReadOnlyList<SeenMessage> window, int? messageNumGrowth = null, DateTimeOffset? previousReadAt = null, string? newestEarlierId = null)
    {
        var created = new List<SeenMessage>();
        var edited = new List<SeenMessage>();
        var conflicts = new List<WebhookConflict>();
        var confirmed = new List<SeenMessage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in window)
        {
            seen.Add(message.MessageId);
            if (!known.TryGetValue(message.MessageId, out var archived))
            {
                created.Add(message);
            }
            else if (archived.Source == ChatworkGuard.Archive.RecordSource.Webhook && !archived.IsDeleted)
            {
                // A webhook's version is only what a signed payload claimed; the API has the last word.
                var fields = Contradictions(archived, message);
                if (fields.Count > 0)
                {
                    conflicts.Add(new WebhookConflict(message, archived, fields));
                }
                else if (!message.IsArchivedAs(archived))
                {
                    edited.Add(message);
                }
                // The archive keeps milliseconds: compare at that precision.
                else if (previousReadAt is not { } readAt || archived.ObservedAt.ToUnixTimeMilliseconds() > readAt.ToUnixTimeMilliseconds())
                {
                    confirmed.Add(message);
                }
            }
            else if (!message.IsArchivedAs(archived))
            {
                edited.Add(message);
            }
        }

        // A full window covers only its own span: archived messages older than its oldest entry simply
        // scrolled out. A window with room to spare shows everything still readable, so any archived
        // message it lacks is a deletion candidate.
        var windowIsFull = window.Count >= WindowSize;
        var oldestInWindow = window.Count > 0 ? window[0].MessageId : null;
        var missing = known.Values
            .Where(k => !k.IsDeleted && !seen.Contains(k.MessageId))
            .Where(k => !windowIsFull || (oldestInWindow is not null && MessageIds.Compare(k.MessageId, oldestInWindow) > 0))
            .OrderBy(k => k.MessageId, Comparer<string>.Create(MessageIds.Compare))
            .ToList();

        return new WindowDiff(created, edited, missing, GapSize(known, newestEarlierId, window, created.Count, windowIsFull, messageNumGrowth))
        {
            Conflicts = conflicts,
            Confirmed = confirmed,
        };
    }

    // What a webhook version claimed that the API contradicts. A different body with a later update_time is an edit
    // made since, not a contradiction.
    private static List<string> Contradictions(MessageVersion webhook, SeenMessage polled)
    {
        var fields = new List<string>();
        if (webhook.AccountId is { } account && account != polled.AccountId)
        {
            fields.Add("account_id");
        }

        if (webhook.SendTime is { } sent && sent != polled.SendTime)
        {
            fields.Add("send_time");
        }

        if ((webhook.UpdateTime ?? 0) == polled.UpdateTime && !polled.IsArchivedAs(webhook))
        {
            fields.Add("body");
        }

        return fields;
    }

    // A gap exists only when the window is full and shares no message with a non-empty archive:
    // everything between the archive's newest message and the window's oldest was never seen.
    private static int GapSize(IReadOnlyDictionary<string, MessageVersion> known, string? newestEarlierId, IReadOnlyList<SeenMessage> window, int createdCount, bool windowIsFull, int? messageNumGrowth)
    {
        if (!windowIsFull || (known.Count == 0 && newestEarlierId is null) || createdCount < window.Count)
        {
            return 0;
        }

        var candidates = newestEarlierId is null ? known.Keys : known.Keys.Append(newestEarlierId);
        var newestKnown = candidates.Max(Comparer<string>.Create(MessageIds.Compare))!;
        if (MessageIds.Compare(window[0].MessageId, newestKnown) <= 0)
        {
            return 0;
        }

        // message_num growth counts every new message; those in the window were seen, the rest were not.
        // Without it (after a restart) the window may or may not have skipped messages: say so.
        if (messageNumGrowth is not { } growth)
        {
            return WindowDiff.UnknownGap;
        }

        return Math.Max(0, growth - createdCount);
    }
}
