namespace ChatworkGuard.Archive;

/// <summary>The latest archived version of one Chatwork message in a room; the sync diffs the API against it.</summary>
/// <param name="MessageId">The Chatwork message id.</param>
/// <param name="Sequence">The sequence number of the record holding this version.</param>
/// <param name="Kind">message-created, message-edited or message-deleted.</param>
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
    /// <summary>True when the latest record says the message vanished.</summary>
    public bool IsDeleted => Kind == RecordKind.MessageDeleted;
}
