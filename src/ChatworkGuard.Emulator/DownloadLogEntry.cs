namespace ChatworkGuard.Emulator;

/// <summary>One request to a download URL: which file, the status served, and whether it carried an API token
/// (a client that sends its token to the file host leaks it; tests assert this stays false).</summary>
public sealed record DownloadLogEntry(long RoomId, long FileId, int Status, bool SentApiToken);
