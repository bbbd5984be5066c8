namespace ChatworkGuard.Bot.Sync;

/// <summary>The archive's latest version of a message, as the diff needs it.</summary>
/// <param name="MessageId">The Chatwork message id (digits).</param>
/// <param name="UpdateTime">The last update_time archived (0 = never edited).</param>
/// <param name="Body">The last body archived.</param>
/// <param name="Deleted">Whether a deletion was already archived.</param>
internal sealed record KnownMessage(string MessageId, long UpdateTime, string Body, bool Deleted)
{
    /// <summary>The author archived with this version, when known.</summary>
    public long? AccountId { get; init; }

    /// <summary>The send_time archived with this version, when known.</summary>
    public long? SendTime { get; init; }

    /// <summary>How this version was seen: a webhook's is not confirmed by the API until a poll shows it.</summary>
    public RecordSource Source { get; init; } = RecordSource.Poll;

    /// <summary>When the bot archived this version.</summary>
    public DateTimeOffset ObservedAt { get; init; }

    /// <summary>The sequence number of the record holding this version.</summary>
    public long Sequence { get; init; }
}
