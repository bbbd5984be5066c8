namespace ChatworkGuard.Archive;

/// <summary>The wire names of <see cref="FileUnavailableReason"/>: <c>url-expired</c>, <c>not-found</c>, <c>too-large</c>,
/// <c>html-instead-of-file</c>, <c>size-mismatch</c>, <c>download-failed</c>.</summary>
public static class FileUnavailableReasons
{
    private static readonly WireNameTable<FileUnavailableReason> WireNames = new(
        "file-unavailable reason", ["url-expired", "not-found", "too-large", "html-instead-of-file", "size-mismatch", "download-failed"]);

    /// <summary>The wire name of <paramref name="reason"/>.</summary>
    public static string ToWireName(this FileUnavailableReason reason) => WireNames.NameOf(reason, nameof(reason));
}
