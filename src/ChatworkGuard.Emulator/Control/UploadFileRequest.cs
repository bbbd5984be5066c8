namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/rooms/{id}/files</c>: the bytes travel base64-encoded.</summary>
internal sealed record UploadFileRequest(long AccountId, string? Filename, string? ContentBase64, string? Message);
