namespace ChatworkGuard.Emulator.Wire;

/// <summary>A file object; <see cref="DownloadUrl"/> only when asked for.</summary>
internal sealed record FileDto(
    long FileId,
    AccountRefDto Account,
    string MessageId,
    string Filename,
    long Filesize,
    long UploadTime,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DownloadUrl);
