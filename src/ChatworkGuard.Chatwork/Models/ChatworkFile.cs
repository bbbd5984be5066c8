namespace ChatworkGuard.Chatwork.Models;

/// <summary>A file uploaded to a room (<c>GET /rooms/{id}/files</c>).</summary>
public sealed record ChatworkFile
{
    /// <summary>The file id (already beyond 32 bits in real data).</summary>
    public long FileId { get; init; }

    /// <summary>The uploader.</summary>
    public AccountSummary Account { get; init; } = new();

    /// <summary>The upload message.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The file name.</summary>
    public string Filename { get; init; } = "";

    /// <summary>The size in bytes.</summary>
    public long Filesize { get; init; }

    /// <summary>When it was uploaded, unix seconds.</summary>
    public long UploadTime { get; init; }

    /// <summary>A signed download URL valid about 30 seconds; only when asked for.</summary>
    public string? DownloadUrl { get; init; }
}
