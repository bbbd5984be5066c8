namespace ChatworkGuard.Archive;

/// <summary>The details JSON of the file kinds (<c>file-archived</c>, <c>file-unavailable</c>, <c>file-deleted</c>).</summary>
/// <remarks>JSON: <c>{"file_id":2150000001,"message_id":"…","name":"contract.pdf","size":1234,"uploader_id":1,
/// "uploader_name":"…","upload_time":1751362200,"sha256":"…"}</c>, plus <c>reason</c> and <c>reason_text</c> for
/// <c>file-unavailable</c>, and <c>received_size</c> when what arrived differs from what the file list says.
/// The name is Chatwork's and is never used as a path: stored bytes are named by their hash.</remarks>
/// <param name="FileId">Chatwork's file id.</param>
/// <param name="MessageId">The upload message's id.</param>
/// <param name="Name">The file name as Chatwork lists it.</param>
/// <param name="Size">The size Chatwork lists, in bytes.</param>
/// <param name="UploaderId">The uploader's account id.</param>
/// <param name="UploaderName">The uploader's name at the time.</param>
/// <param name="UploadTime">When it was uploaded (unix seconds).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes stored (<c>file-archived</c>; also <c>file-unavailable</c>
/// when bytes arrived but were not the file, e.g. an HTML page or a different size).</param>
public sealed record FileRecordDetails(
    long FileId,
    string? MessageId,
    string? Name,
    long? Size,
    long? UploaderId,
    string? UploaderName,
    long? UploadTime,
    string? Sha256)
{
    /// <summary><c>file-unavailable</c>: why, as the wire name of a <see cref="FileUnavailableReason"/>.</summary>
    public string? Reason { get; init; }

    /// <summary><c>file-unavailable</c>: the reason for people (status code, sizes, content type).</summary>
    public string? ReasonText { get; init; }

    /// <summary>The number of bytes that actually arrived, when it differs from <see cref="Size"/>.</summary>
    public long? ReceivedSize { get; init; }

    /// <summary>The JSON text to put in <see cref="RecordContent.Details"/>.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this);

    /// <summary>Reads file details; null when <paramref name="json"/> is absent or not file details.</summary>
    public static FileRecordDetails? TryParse(string? json) =>
        RecordDetailsJson.TryParse<FileRecordDetails>(json) is { FileId: > 0 } details ? details : null;
}
