using System.Globalization;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Emulator.State;

/// <summary>An uploaded file with its bytes.</summary>
internal sealed record StoredFile(long Id, long RoomId, Account Uploader, long MessageId, string FileName, byte[] Content, long UploadTime)
{
    public FileDto ToDto(string? downloadUrl) => new(
        Id,
        Uploader.Ref,
        MessageId.ToString(CultureInfo.InvariantCulture),
        FileName,
        Content.LongLength,
        UploadTime,
        downloadUrl);
}
