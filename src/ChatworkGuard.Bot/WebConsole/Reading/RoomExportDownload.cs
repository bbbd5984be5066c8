using System.IO.Compression;

namespace ChatworkGuard.Bot.WebConsole.Reading;

/// <summary>A room's evidence bundle (what `chatwork-guard export` writes) as one ZIP: exported into a temporary folder by
/// <see cref="ArchiveExporter"/>, zipped, and the folder removed.</summary>
internal sealed class RoomExportDownload(IArchiveStore archive, IBlobStore blobs, IOptionsMonitor<RoomsOptions> rooms, TimeProvider time)
{
    /// <summary>The file name offered to the browser.</summary>
    public static string FileName(long roomId) => string.Create(CultureInfo.InvariantCulture, $"room-{roomId}-evidence.zip");

    /// <summary>The ZIP of <paramref name="roomId"/>'s bundle: a temporary file, deleted when the stream is closed.</summary>
    /// <exception cref="ArchiveExportException">The room is unknown or the export failed.</exception>
    public async Task<Stream> OpenAsync(long roomId, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cwg-console-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configured = rooms.CurrentValue.Profiles.TryGetValue(roomId.ToString(CultureInfo.InvariantCulture), out var profile) ? profile : null;
            await ArchiveExporter.ExportRoomAsync(archive, roomId, folder, new ExportOptions
            {
                ToolVersion = ArchiveCommandSupport.ToolVersion,
                TimeProvider = time,
                // As `chatwork-guard export` passes them: the configured platform, else a configured default.
                Platform = configured?.Platform?.ToString() ?? (rooms.CurrentValue.DefaultPlatform == Platform.Other ? null : rooms.CurrentValue.DefaultPlatform.ToString()),
                Configured = configured is null ? null : new ConfiguredRoomProfile(configured.Platform?.ToString(), [.. configured.ContractorAccountIds], [.. configured.ClientAccountIds]),
                Blobs = blobs,
            }, cancellationToken);
            var zipPath = folder + ".zip";
            await ZipFile.CreateFromDirectoryAsync(folder, zipPath, CompressionLevel.Fastest, includeBaseDirectory: false, cancellationToken);
            return new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
