namespace ChatworkGuard.Archive.Chain;

/// <summary>Checks a draft and normalizes it so that what is hashed is exactly what every store reads back.</summary>
internal static class DraftValidator
{
    public static RecordDraft Normalize(RecordDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!Enum.IsDefined(draft.Kind))
        {
            throw new ArgumentException($"Record kind {(int)draft.Kind} is not a known kind.", nameof(draft));
        }

        if (!Enum.IsDefined(draft.Source))
        {
            throw new ArgumentException($"Record source {(int)draft.Source} is not a known source.", nameof(draft));
        }

        if (draft.RoomId <= 0)
        {
            throw new ArgumentException($"A {draft.Kind.ToWireName()} record needs a positive room id; got {draft.RoomId}.", nameof(draft));
        }

        if (draft.Kind.IsMessageKind() && string.IsNullOrEmpty(draft.MessageId))
        {
            throw new ArgumentException($"A {draft.Kind.ToWireName()} record needs the message id.", nameof(draft));
        }

        if (draft.Details is not null && !IsJson(draft.Details))
        {
            throw new ArgumentException($"The details of a {draft.Kind.ToWireName()} record must be JSON text.", nameof(draft));
        }

        return draft with
        {
            MessageId = TextSanitizer.Clean(draft.MessageId),
            AccountName = TextSanitizer.Clean(draft.AccountName),
            Body = TextSanitizer.Clean(draft.Body),
            Details = TextSanitizer.Clean(draft.Details),
            IdempotencyKey = TextSanitizer.Clean(draft.IdempotencyKey),
            ObservedAt = DateTimeOffset.FromUnixTimeMilliseconds(draft.ObservedAt.ToUnixTimeMilliseconds()),
        };
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
