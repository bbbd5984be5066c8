namespace ChatworkGuard.Archive.Blobs;

/// <summary>A blob as stored: its SHA-256 (lower-case hex) and its size in bytes.</summary>
public sealed record StoredBlob(string Sha256, long Size);
