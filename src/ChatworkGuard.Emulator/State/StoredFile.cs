namespace ChatworkGuard.Emulator.State;

/// <summary>An uploaded file with its bytes.</summary>
internal sealed record StoredFile(long Id, long RoomId, Account Uploader, long MessageId, string FileName, byte[] Content, long UploadTime)
{
    /// <summary>What the download URL serves instead of the file (a file-host fault set by a test), or null.</summary>
    public ServedDownload? Served { get; set; }

    public FileDto ToDto(string? downloadUrl) => new(
        Id,
        Uploader.Ref,
        MessageId.ToString(CultureInfo.InvariantCulture),
        FileName,
        Content.LongLength,
        UploadTime,
        downloadUrl);
}

/// <summary>Bytes a download URL serves in place of the file.</summary>
internal sealed record ServedDownload(int Status, string ContentType, byte[] Content);
