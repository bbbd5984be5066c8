using System.Security.Cryptography;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.IntegrationTests.Cluster;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>Both blob stores on real storage: a directory, and PostgreSQL when the test server is there.</summary>
public sealed class BlobStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cwg-blobs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Directory_StoresByHashOnceAndReadsBack_AndAnOversizedBlobLeavesNothing()
    {
        var store = new FileSystemBlobStore(_directory);
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        var first = await store.PutAsync(new MemoryStream(bytes), 1_000_000, Ct);
        var again = await store.PutAsync(new MemoryStream(bytes), 1_000_000, Ct);
        await Assert.ThrowsAsync<BlobTooLargeException>(() => store.PutAsync(new MemoryStream(new byte[2000]), 1999, Ct));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.Sha256);
        Assert.Equal(first, again);
        Assert.Equal([first.Sha256], Directory.GetFiles(_directory).Select(Path.GetFileName));
        await using var read = (await store.OpenReadAsync(first.Sha256, Ct))!;
        Assert.Equal(bytes, await ReadAllAsync(read));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("../" + first.Sha256[3..], Ct));
    }

    [PostgresFact]
    public async Task Postgres_StoresChunksThatAnotherInstanceReads()
    {
        await using var database = await ClusterDatabase.CreateAsync();
        var bytes = RandomNumberGenerator.GetBytes((PostgresBlobStore.ChunkSize * 2) + 12345);
        await using (var writer = new PostgresBlobStore(database.ConnectionString))
        {
            var stored = await writer.PutAsync(new MemoryStream(bytes), bytes.Length, Ct);
            Assert.Equal(stored, await writer.PutAsync(new MemoryStream(bytes), bytes.Length, Ct));
            await Assert.ThrowsAsync<BlobTooLargeException>(() => writer.PutAsync(new MemoryStream(new byte[10]), 9, Ct));
        }

        await using var reader = new PostgresBlobStore(database.ConnectionString);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var read = (await reader.OpenReadAsync(sha256, Ct))!;
        Assert.Equal(bytes, await ReadAllAsync(read));
        Assert.Null(await reader.OpenReadAsync(new string('0', 64), Ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
