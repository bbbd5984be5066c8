namespace ChatworkGuard.Archive;

/// <summary>The latest archived version of one Chatwork message in a room; the sync diffs the API against it.</summary>
/// <param name="MessageId">The Chatwork message id.</param>
/// <param name="Sequence">The sequence number of the record holding this version.</param>
/// <param name="Kind">message-created, message-edited, message-deleted or conflict.</param>
/// <param name="AccountId">The author.</param>
/// <param name="Body">The body of this version (for a deletion: the last body the archive had).</param>
/// <param name="SendTime">Chatwork's send_time (unix seconds).</param>
/// <param name="UpdateTime">Chatwork's update_time (unix seconds).</param>
public sealed record MessageVersion(
    string MessageId,
    long Sequence,
    RecordKind Kind,
    long? AccountId,
    string? Body,
    long? SendTime,
    long? UpdateTime)
{
    /// <summary>How this version was seen; a webhook's version is not confirmed by the API until a poll shows it.</summary>
    public RecordSource Source { get; init; } = RecordSource.Poll;

    /// <summary>When the bot archived this version.</summary>
    public DateTimeOffset ObservedAt { get; init; }

    /// <summary>True when the latest record says the message vanished.</summary>
    public bool IsDeleted => Kind == RecordKind.MessageDeleted;
}
