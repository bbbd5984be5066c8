using System.IO.Compression;

namespace ChatworkGuard.Archive.Export;

/// <summary>Writes a room's evidence bundle: room-&lt;id&gt;.html (self-contained, verifiable in a browser),
/// room-&lt;id&gt;.json (every record and the encoding) and manifest.json (chain head, counts, file hashes).</summary>
/// <remarks>Two streaming passes over the room (summary and check, then the JSON file, which the page then embeds
/// compressed), so memory does not grow with the room beyond the set of its message ids (counted for the header) and
/// the list of its archived files.</remarks>
public static partial class ArchiveExporter
{
    private const int BufferSize = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The three file names of a room's bundle, in writing order.</summary>
    public static IReadOnlyList<string> FileNames(long roomId) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"room-{roomId}.json"),
        string.Create(CultureInfo.InvariantCulture, $"room-{roomId}.html"),
        "manifest.json",
    ];

    /// <summary>Exports <paramref name="roomId"/> into <paramref name="outputDirectory"/>, replacing an earlier export.</summary>
    /// <exception cref="ArchiveExportException">The room is unknown, or the files could not be written (full disk,
    /// permissions); files of this export that were partly written are removed.</exception>
    public static async Task<ExportResult> ExportRoomAsync(
        IArchiveStore store,
        long roomId,
        string outputDirectory,
        ExportOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);

        var head = await store.GetChainHeadAsync(roomId, cancellationToken);
        if (head is null)
        {
            var rooms = await store.ListRoomsAsync(cancellationToken);
            if (!rooms.Contains(roomId))
            {
                throw new ArchiveExportException(string.Create(CultureInfo.InvariantCulture,
                    $"Room {roomId} is not in the archive. Rooms in it: {(rooms.Count == 0 ? "none" : string.Join(", ", rooms.Take(20)) + (rooms.Count > 20 ? ", …" : string.Empty))}."));
            }
        }

        var summary = new RoomSummary();
        var witness = new WitnessCollector();
        var attachments = new List<ExportedFile>();
        void Observe(ArchiveRecord record)
        {
            summary.Observe(record);
            witness.Observe(record);
            CollectFile(record, attachments);
        }

        ExportSlice? slice = null;
        RoomVerification verification;
        if (options.Window is { } window)
        {
            (slice, verification) = await CheckSliceAsync(store, roomId, window, Observe, cancellationToken);
        }
        else
        {
            verification = await ChainVerifier.VerifyAsync(roomId, Tap(store.ReadRoomAsync(roomId, 1, cancellationToken), Observe, cancellationToken), head, null, cancellationToken);
        }

        summary.ApplyConfigured(options.Configured);
        var witnessRecords = await witness.ReadAsync(store, roomId, cancellationToken);

        var directory = Path.GetFullPath(outputDirectory);
        var names = FileNames(roomId);
        var paths = names.Select(n => Path.Combine(directory, n)).ToArray();
        var copied = new List<string>();
        try
        {
            PrivateFiles.CreateDirectory(directory);
            var exportedAt = options.TimeProvider.GetUtcNow();
            var content = new ExportContent(roomId, summary, head, slice, verification, exportedAt);
            await WriteRecordsAsync(store, paths[0], paths[1], content, witnessRecords, options, cancellationToken);
            copied = await CopyFilesAsync(options.Blobs, directory, attachments, cancellationToken);
            await WriteManifestAsync(paths[2], content, options, paths[..2], attachments, cancellationToken);
            return new ExportResult(paths[1], paths[0], paths[2], verification) { Files = attachments, Slice = slice };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            DeletePartialFiles([.. paths, .. copied]);
            throw new ArchiveExportException(IsDiskFull(exception)
                ? $"The disk is full: the export to {directory} was not written, and its partial files were removed. Free some space or choose another --out."
                : $"The export could not be written to {directory}: {exception.Message} Its partial files were removed.", exception);
        }
        catch
        {
            DeletePartialFiles([.. paths, .. copied]);
            throw;
        }
    }

    private static async Task WriteRecordsAsync(
        IArchiveStore store,
        string jsonPath,
        string htmlPath,
        ExportContent content,
        IReadOnlyList<ArchiveRecord> witnessRecords,
        ExportOptions options,
        CancellationToken cancellationToken)
    {
        var jsonStream = PrivateFiles.OpenWrite(jsonPath, BufferSize);
        await using (jsonStream)
        {
            var json = new EvidenceJsonWriter(jsonStream);
            await using (json)
            {
                json.WriteStart(content, options.ToolVersion);
                var records = content.Slice is { } slice
                    ? ReadSliceAsync(store, content.RoomId, slice.FirstSequence, slice.LastSequence, cancellationToken)
                    : store.ReadRoomAsync(content.RoomId, 1, cancellationToken);
                await foreach (var record in records)
                {
                    await json.WriteRecordAsync(record, cancellationToken);
                }

                await json.WriteEndAsync(witnessRecords, cancellationToken);
            }
        }

        var htmlStream = PrivateFiles.OpenWrite(htmlPath, BufferSize);
        await using (htmlStream)
        {
            var html = new StreamWriter(htmlStream, Utf8, BufferSize);
            await using (html)
            {
                var page = new HtmlEvidenceWriter(html);
                page.WriteStart(content, options.Platform);
                page.WriteEnd(options.ToolVersion);
                await html.FlushAsync(cancellationToken);
                await EmbedCompressedAsync(jsonPath, htmlStream, cancellationToken);
                page.WriteScripts();
            }
        }
    }

    /// <summary>Streams the JSON file into the page once, gzip-compressed and base64-encoded: what the browser
    /// decompresses and verifies is, byte for byte, what was exported; memory stays at the buffers' size.</summary>
    private static async Task EmbedCompressedAsync(string jsonPath, Stream html, CancellationToken cancellationToken)
    {
        var source = new FileStream(jsonPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        await using (source)
        {
            var base64 = new CryptoStream(html, new ToBase64Transform(), CryptoStreamMode.Write, leaveOpen: true);
            await using (base64)
            {
                var gzip = new GZipStream(base64, CompressionLevel.Optimal, leaveOpen: true);
                await using (gzip)
                {
                    await source.CopyToAsync(gzip, cancellationToken);
                }

                await base64.FlushFinalBlockAsync(cancellationToken);
            }
        }
    }

    private static async IAsyncEnumerable<ArchiveRecord> Tap(
        IAsyncEnumerable<ArchiveRecord> records,
        Action<ArchiveRecord> observe,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            observe(record);
            yield return record;
        }
    }

    private static bool IsDiskFull(Exception exception) =>
        // ENOSPC (28) and EDQUOT (122) on Linux; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
        exception is IOException && ((exception.HResult is 28 or 122) || (exception.HResult & 0xFFFF) is 0x70 or 0x27);

    private static void DeletePartialFiles(string[] paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: the error being reported matters more than a leftover file.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
