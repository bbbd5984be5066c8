namespace ChatworkGuard.Archive;

/// <summary>Why a room file could not be archived: the <c>reason</c> of a <c>file-unavailable</c> record, written as the
/// wire names of docs/evidence-format.md (<see cref="FileUnavailableReasons.ToWireName"/>).</summary>
public enum FileUnavailableReason
{
    /// <summary><c>url-expired</c>: the download URL answered 403 (expired or refused) on every attempt.</summary>
    UrlExpired,

    /// <summary><c>not-found</c>: the file (or its download) answered 404: it was deleted before it could be fetched.</summary>
    NotFound,

    /// <summary><c>too-large</c>: the file is larger than <c>Storage:MaxFileBytes</c>; nothing was stored.</summary>
    TooLarge,

    /// <summary><c>html-instead-of-file</c>: the download returned an HTML page instead of the file (kept, hashed, as received).</summary>
    HtmlInsteadOfFile,

    /// <summary><c>size-mismatch</c>: the download's size differs from the size in the file list (kept, hashed, as received).</summary>
    SizeMismatch,

    /// <summary><c>download-failed</c>: the API gave no download URL, or the download failed in another way after every attempt.</summary>
    DownloadFailed,
}
