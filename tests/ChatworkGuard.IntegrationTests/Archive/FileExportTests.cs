using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>`export` and `verify` over a real archive with files: the bundle's files/, the manifest, altered blobs.</summary>
public sealed class FileExportTests : IDisposable
{
    private const long RoomId = 388277412;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cwg-file-export-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "guard.db");

    private string BlobDirectory => BlobStoreFactory.DirectoryFor(new StorageOptions { ConnectionString = $"Data Source={DatabasePath}" });

    [Fact]
    public async Task Export_CopiesEachArchivedFileByHash_AndTheManifestSaysWhichAreMissing()
    {
        var (kept, gone) = await ArchiveAsync();
        File.Delete(Path.Combine(BlobDirectory, Sha(gone)));

        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", Out, "--db", DatabasePath);

        Assert.True(exit == 0, output + error);
        Assert.Equal(kept, await File.ReadAllBytesAsync(Path.Combine(Out, "files", Sha(kept))));
        Assert.Equal([Sha(kept)], Directory.GetFiles(Path.Combine(Out, "files")).Select(Path.GetFileName));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().Where(f => f.TryGetProperty("file_id", out _)).ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(("files/" + Sha(kept), "見積書.pdf", (long)kept.Length), (files[0].GetProperty("path").GetString(), files[0].GetProperty("name").GetString(), files[0].GetProperty("size").GetInt64()));
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("path").ValueKind);
        Assert.Contains("does not have", files[1].GetProperty("missing").GetString(), StringComparison.Ordinal);
        Assert.Contains("not in the bundle", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnAlteredBlobIsBroken_AMissingOneIsOnlyReported()
    {
        var (kept, gone) = await ArchiveAsync();
        File.Delete(Path.Combine(BlobDirectory, Sha(gone)));

        var (intact, intactOutput, _) = await CliRunner.RunAsync("verify", "--db", DatabasePath);
        Assert.Equal(0, intact);
        Assert.Contains("1 checked, 1 not in this blob store", intactOutput, StringComparison.Ordinal);

        await File.WriteAllBytesAsync(Path.Combine(BlobDirectory, Sha(kept)), Encoding.UTF8.GetBytes("書き換えられた見積書"));
        var (broken, brokenOutput, _) = await CliRunner.RunAsync("verify", "--db", DatabasePath);
        Assert.Equal(1, broken);
        Assert.Contains("file altered", brokenOutput, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string Room => RoomId.ToString(CultureInfo.InvariantCulture);

    private string Out => Path.Combine(_directory, "out");

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<(byte[] Kept, byte[] Gone)> ArchiveAsync()
    {
        Directory.CreateDirectory(_directory);
        var kept = Encoding.UTF8.GetBytes("見積書：50,000円");
        var gone = Encoding.UTF8.GetBytes("口座番号 1234567");
        var blobs = new FileSystemBlobStore(BlobDirectory);
        await blobs.PutAsync(new MemoryStream(kept), 1000, CancellationToken.None);
        await blobs.PutAsync(new MemoryStream(gone), 1000, CancellationToken.None);
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={DatabasePath}" });
        var at = new DateTimeOffset(2025, 7, 1, 9, 30, 0, TimeSpan.Zero);
        await store.AppendBatchAsync(
        [
            FileRecord(1, "見積書.pdf", kept, at),
            FileRecord(2, "bank.png", gone, at.AddMinutes(1)),
        ],
            CancellationToken.None);
        return (kept, gone);
    }

    private static RecordDraft FileRecord(long fileId, string name, byte[] bytes, DateTimeOffset at) => new()
    {
        RoomId = RoomId,
        Kind = RecordKind.FileArchived,
        AccountId = 10,
        AccountName = "Client Corp",
        ObservedAt = at,
        Source = RecordSource.Poll,
        Details = new FileRecordDetails(fileId, "100" + fileId.ToString(CultureInfo.InvariantCulture), name, bytes.Length, 10, "Client Corp", at.ToUnixTimeSeconds(), Sha(bytes)).ToJson(),
    };
}
