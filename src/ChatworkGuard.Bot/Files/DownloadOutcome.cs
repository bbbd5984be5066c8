namespace ChatworkGuard.Bot.Files;

/// <summary>What one download attempt gave: the stored bytes, a final reason they are not the file, or a failure
/// worth another attempt (<see cref="Retry"/>, with <see cref="NeedsNewUrl"/> when the URL expired).</summary>
internal sealed record DownloadOutcome(StoredBlob? Blob, FileUnavailableReason? Reason, string? ReasonText, bool Retry, bool NeedsNewUrl)
{
    public static DownloadOutcome Stored(StoredBlob blob) => new(blob, null, null, false, false);

    /// <summary>Final: the reason is recorded; <paramref name="received"/> are the bytes kept as they arrived, if any.</summary>
    public static DownloadOutcome Unavailable(FileUnavailableReason reason, string text, StoredBlob? received = null) => new(received, reason, text, false, false);

    public static DownloadOutcome Transient(FileUnavailableReason reason, string text, bool needsNewUrl) => new(null, reason, text, true, needsNewUrl);

    public bool IsArchived => Blob is not null && Reason is null;
}
