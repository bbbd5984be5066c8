namespace ChatworkGuard.Archive;

/// <summary>The <c>reason</c> values of a <c>file-unavailable</c> record.</summary>
public static class FileUnavailableReasons
{
    /// <summary>The download URL answered 403 (expired or refused) on every attempt.</summary>
    public const string UrlExpired = "url-expired";

    /// <summary>The file (or its download) answered 404: it was deleted before it could be fetched.</summary>
    public const string NotFound = "not-found";

    /// <summary>The file is larger than <c>Storage:MaxFileBytes</c>; nothing was stored.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The download returned an HTML page instead of the file (kept, hashed, as received).</summary>
    public const string HtmlInsteadOfFile = "html-instead-of-file";

    /// <summary>The download's size differs from the size in the file list (kept, hashed, as received).</summary>
    public const string SizeMismatch = "size-mismatch";

    /// <summary>The API gave no download URL, or the download failed in another way after every attempt.</summary>
    public const string DownloadFailed = "download-failed";
}
