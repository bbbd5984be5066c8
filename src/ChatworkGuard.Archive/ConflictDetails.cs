namespace ChatworkGuard.Archive;

/// <summary>The details JSON of a <c>conflict</c> record: the API's version of a message contradicts the version a
/// webhook delivered, so the API's is archived beside it.</summary>
/// <remarks>JSON: <c>{"webhook_seq":12,"fields":["body"]}</c>.</remarks>
/// <param name="WebhookSeq">The sequence number of the record holding the webhook's version.</param>
/// <param name="Fields">The fields that differ, by their Chatwork names (<c>body</c>, <c>account_id</c>, …).</param>
public sealed record ConflictDetails(long WebhookSeq, IReadOnlyList<string> Fields)
{
    /// <summary>The JSON text to store as the record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this);
}
