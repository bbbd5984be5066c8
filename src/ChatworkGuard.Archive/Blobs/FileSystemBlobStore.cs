namespace ChatworkGuard.Archive.Blobs;

/// <summary>Blobs as files in one directory (SQLite mode), each named by its SHA-256. A blob is written to a
/// temporary name, flushed to disk and then renamed, so a crash leaves either the whole blob or none of it.</summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 1 << 17;
    private const string TemporaryPrefix = ".incoming-";
    private readonly string _directory;

    /// <summary>Uses <paramref name="directory"/> (created when first written).</summary>
    public FileSystemBlobStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public string Location => _directory;

    /// <inheritdoc />
    public async Task<StoredBlob> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(_directory);
        var temporary = Path.Combine(_directory, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (output)
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new BlobTooLargeException(maxBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                // fsync before the rename: a blob that has its final name is complete on disk.
                output.Flush(flushToDisk: true);
            }

            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = Path.Combine(_directory, sha256);
            if (File.Exists(final))
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, final, overwrite: true);
            }

            return new StoredBlob(sha256, size);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_directory, BlobNames.Require(sha256));
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
        catch (DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temporary file is named as one and never read as a blob.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
