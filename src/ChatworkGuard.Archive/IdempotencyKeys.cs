namespace ChatworkGuard.Archive;

/// <summary>The default idempotency keys: a draft whose key is already archived in its room adds nothing.</summary>
/// <remarks>
/// Keys are scoped to a room (the stores keep them unique per room id).
/// <list type="bullet">
/// <item><c>message-created</c> and <c>message-edited</c>: <c>message:{message id}:{update_time or 0}:{SHA-256 of the
/// UTF-8 body, first 16 bytes, hex}</c>. The kind is left out on purpose: a version first seen by a poll as "created"
/// and then by a webhook as "edited" is still one version.</item>
/// <item><c>message-deleted</c>: <c>message-deleted:{message id}</c>; a message vanishes once.</item>
/// <item><c>conflict</c>: <c>conflict:{account id}:{send_time}:</c> then the message version's key: the same correction
/// is archived once, whichever instance's poll finds it.</item>
/// <item>every other kind: no key, so each append adds a record, unless the caller sets
/// <see cref="RecordDraft.IdempotencyKey"/> (e.g. <c>warning-posted:{message id}:{category}</c>).</item>
/// </list>
/// </remarks>
public static class IdempotencyKeys
{
    /// <summary>The key the stores use for <paramref name="draft"/>: its own key if set, else the default above.</summary>
    public static string? For(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.IdempotencyKey is not null)
        {
            return draft.IdempotencyKey;
        }

        return draft.Kind switch
        {
            RecordKind.MessageCreated or RecordKind.MessageEdited => ForMessageVersion(draft.MessageId!, draft.UpdateTime, draft.Body),
            RecordKind.MessageDeleted => "message-deleted:" + draft.MessageId,
            RecordKind.Conflict => string.Create(CultureInfo.InvariantCulture, $"conflict:{draft.AccountId}:{draft.SendTime}:")
                + ForMessageVersion(draft.MessageId!, draft.UpdateTime, draft.Body),
            _ => null,
        };
    }

    /// <summary>The key of one message version: message id, update time and a digest of the body.</summary>
    public static string ForMessageVersion(string messageId, long? updateTime, string? body)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(body ?? string.Empty), digest);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"message:{messageId}:{updateTime ?? 0}:{Convert.ToHexStringLower(digest[..16])}");
    }
}
