namespace ChatworkGuard.Bot.Webhooks;

/// <summary>
/// The ranges a webhook event's fields must lie in before it is queued. A signed payload is still input from outside
/// (a leaked token signs anything): an id that is not positive, a message id longer than a 64-bit number, or a time no
/// date can hold is refused with 400 rather than archived, where it would break every later formatting of that time.
/// </summary>
internal static class WebhookEventRanges
{
    /// <summary>2000-01-01T00:00:00Z: Chatwork (2011) has no message older than this.</summary>
    public const long EarliestTime = 946_684_800;

    /// <summary>2100-01-01T00:00:00Z: far beyond any clock skew, well inside what a date can hold.</summary>
    public const long LatestTime = 4_102_444_800;

    // A message id is a decimal 64-bit number: at most 19 digits.
    private const int MaxMessageIdDigits = 19;

    /// <summary>Why <paramref name="e"/> is out of range, or null when every field is within it.</summary>
    public static string? Check(WebhookEvent? e)
    {
        if (e is null)
        {
            return "no webhook_event";
        }

        if (e.RoomId <= 0)
        {
            return "room_id out of range";
        }

        if (e.MessageId is not { Length: > 0 and <= MaxMessageIdDigits } id || !id.All(char.IsAsciiDigit) || id.All(c => c == '0'))
        {
            return "message_id out of range";
        }

        if ((e.AccountId ?? e.FromAccountId) is { } account && account <= 0)
        {
            return "account_id out of range";
        }

        if (e.SendTime is < EarliestTime or > LatestTime)
        {
            return "send_time out of range";
        }

        // 0 means "never edited"; an edit cannot come before the message.
        return e.UpdateTime != 0 && (e.UpdateTime < e.SendTime || e.UpdateTime > LatestTime) ? "update_time out of range" : null;
    }
}
