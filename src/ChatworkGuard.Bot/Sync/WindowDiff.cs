namespace ChatworkGuard.Bot.Sync;

/// <summary>What a force=1 window showed that the archive does not have yet.</summary>
/// <param name="Created">Messages never archived, oldest first.</param>
/// <param name="Edited">Messages whose update_time or body changed, oldest first.</param>
/// <param name="Missing">Archived messages inside the window that the window no longer shows: deletion candidates, to be confirmed one by one.</param>
/// <param name="GapCount">How many messages fell between the last read and this window and could not be seen; 0 when none, <see cref="UnknownGap"/> when some may have.</param>
internal sealed record WindowDiff(
    IReadOnlyList<SeenMessage> Created,
    IReadOnlyList<SeenMessage> Edited,
    IReadOnlyList<MessageVersion> Missing,
    int GapCount)
{
    /// <summary>The gap size when the window skipped an unknown number of messages (possibly none).</summary>
    public const int UnknownGap = -1;

    /// <summary>Messages whose webhook version the window contradicts (author, send time, or body at the same
    /// update_time), with the fields that differ; the window's version is authoritative.</summary>
    public IReadOnlyList<WebhookConflict> Conflicts { get; init; } = [];

    /// <summary>Messages archived from a webhook that the window shows exactly so: now confirmed by the API.</summary>
    public IReadOnlyList<SeenMessage> Confirmed { get; init; } = [];

    /// <summary>Whether the window holds nothing new.</summary>
    public bool IsEmpty => Created.Count == 0 && Edited.Count == 0 && Missing.Count == 0 && GapCount == 0 && Conflicts.Count == 0 && Confirmed.Count == 0;
}

/// <summary>A polled version that contradicts the archived webhook version of the same message.</summary>
/// <param name="Polled">The message as the API shows it (authoritative).</param>
/// <param name="Webhook">The archived webhook version.</param>
/// <param name="Fields">The fields that differ: account_id, send_time, body.</param>
internal sealed record WebhookConflict(SeenMessage Polled, MessageVersion Webhook, IReadOnlyList<string> Fields);
