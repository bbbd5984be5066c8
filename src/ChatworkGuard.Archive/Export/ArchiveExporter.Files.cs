namespace ChatworkGuard.Archive.Export;

/// <summary>files/&lt;sha256&gt;: the bytes of every file the room's records name, copied from the blob store and
/// hashed again on the way, so a blob that no longer matches its record is not passed off as the file.</summary>
public static partial class ArchiveExporter
{
    /// <summary>The bundle folder that holds the files.</summary>
    public const string FilesFolder = "files";

    private static void CollectFile(ArchiveRecord record, List<ExportedFile> files)
    {
        if (record.Kind is RecordKind.FileArchived or RecordKind.FileUnavailable
            && FileRecordDetails.TryParse(record.Details) is { } details && BlobNames.IsValid(details.Sha256))
        {
            files.Add(new ExportedFile(record.Sequence, record.Kind, details));
        }
    }

    private static async Task<List<string>> CopyFilesAsync(IBlobStore? blobs, string directory, List<ExportedFile> files, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        if (files.Count == 0)
        {
            return written;
        }

        var folder = System.IO.Path.Combine(directory, FilesFolder);
        Directory.CreateDirectory(folder);
        foreach (var group in files.GroupBy(f => f.Details.Sha256!, StringComparer.Ordinal))
        {
            var (copied, problem) = blobs is null ? (false, "no blob store was given to the export") : await CopyBlobAsync(blobs, folder, group.Key, written, cancellationToken);
            foreach (var file in group)
            {
                file.InBundle = copied;
                file.Problem = problem;
            }
        }

        return written;
    }

    private static async Task<(bool Copied, string? Problem)> CopyBlobAsync(IBlobStore blobs, string folder, string sha256, List<string> written, CancellationToken cancellationToken)
    {
        var source = await blobs.OpenReadAsync(sha256, cancellationToken);
        if (source is null)
        {
            return (false, "the blob store does not have these bytes");
        }

        var target = System.IO.Path.Combine(folder, sha256);
        var temporary = target + ".partial";
        written.Add(temporary);
        await using (source)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            await using (output)
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha256, StringComparison.Ordinal))
            {
                File.Delete(temporary);
                written.Remove(temporary);
                return (false, "the stored bytes no longer hash to the recorded SHA-256");
            }
        }

        File.Move(temporary, target, overwrite: true);
        written.Remove(temporary);
        written.Add(target);
        return (true, null);
    }
}
