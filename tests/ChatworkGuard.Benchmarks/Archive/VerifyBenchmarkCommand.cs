using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Chain;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>
/// Verify against bare SHA-256: <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- verify --records 1000000</c>.
/// Builds a SQLite archive of one room, verifies it with <see cref="ChainVerifier"/> (read, encode, hash, link check),
/// then hashes the same encodings (previous hash ‖ canonical encoding of each record, built from the same rows) in
/// memory with SHA-256 alone, and prints <c>{"records":…,"recordsPerSecond":…,"hashOnlyRecordsPerSecond":…}</c>.
/// </summary>
internal static class VerifyBenchmarkCommand
{
    public const string Name = "verify";
    private const long RoomId = 1;
    private const int ChunkBytes = 32 << 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--records");
        var records = index >= 0 && index + 1 < args.Length ? long.Parse(args[index + 1], CultureInfo.InvariantCulture) : 1_000_000;
        var directory = Path.Combine(Path.GetTempPath(), "cwg-verify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "verify.db");
            await using (var writable = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" }))
            {
                await writable.InitializeAsync(CancellationToken.None);
                for (long first = 1; first <= records; first += 10_000)
                {
                    await writable.AppendBatchAsync(ArchiveData.Batch(RoomId, first, (int)Math.Min(10_000, records - first + 1)), CancellationToken.None);
                }
            }

            await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}", ReadOnly = true });
            // One untimed pass first, so both measured passes read a warm page cache and run jitted code.
            _ = await ChainVerifier.VerifyRoomAsync(store, RoomId, null, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            var result = await ChainVerifier.VerifyRoomAsync(store, RoomId, null, CancellationToken.None);
            var verifySeconds = watch.Elapsed.TotalSeconds;
            if (!result.IsIntact || result.RecordCount != records)
            {
                throw new InvalidOperationException(result.Break?.Description ?? $"verified {result.RecordCount} records, not {records}");
            }

            var hashSeconds = await HashOnlySecondsAsync(store);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"records\":{records},\"recordsPerSecond\":{records / verifySeconds:F0},\"hashOnlyRecordsPerSecond\":{records / hashSeconds:F0}}}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>SHA-256 alone over every record's previous hash ‖ encoding, prepared in memory in chunks (untimed) and
    /// hashed one record at a time (timed).</summary>
    private static async Task<double> HashOnlySecondsAsync(SqliteArchiveStore store)
    {
        var buffer = new byte[ChunkBytes];
        var lengths = new List<int>();
        var used = 0;
        var timed = TimeSpan.Zero;
        long hashed = 0;
        await foreach (var record in store.ReadRoomAsync(RoomId, 1, CancellationToken.None))
        {
            var length = ChainHash.Length + CanonicalEncoding.GetByteCount(record);
            if (used + length > buffer.Length)
            {
                timed += HashChunk(buffer, lengths, ref hashed);
                lengths.Clear();
                used = 0;
            }

            record.PreviousHash.WriteTo(buffer.AsSpan(used));
            CanonicalEncoding.Write(record, buffer.AsSpan(used + ChainHash.Length));
            lengths.Add(length);
            used += length;
        }

        timed += HashChunk(buffer, lengths, ref hashed);
        return timed.TotalSeconds;
    }

    private static TimeSpan HashChunk(byte[] buffer, List<int> lengths, ref long hashed)
    {
        // One reused IncrementalHash per chunk, as the verifier hashes (cheaper per record than SHA256.HashData).
        Span<byte> digest = stackalloc byte[ChainHash.Length];
        var start = Stopwatch.GetTimestamp();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var offset = 0;
        foreach (var length in lengths)
        {
            sha256.AppendData(buffer.AsSpan(offset, length));
            sha256.GetHashAndReset(digest);
            offset += length;
        }

        hashed += lengths.Count;
        return Stopwatch.GetElapsedTime(start);
    }
}
