using System.Globalization;
using System.Text.Json;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>`export --from/--to` on a real SQLite archive through the real command line.</summary>
public sealed class SliceExportCommandTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Export_JapanTimeWindow_WritesTheRecordsObservedInItWithTheLinkAndTheHead()
    {
        await using var sample = await SampleArchive.CreateAsync();

        // 18:32–18:37 JST is 09:32–09:37 UTC: records 4 (observed at +2 min) to 8 (+6 min); 9 (+7 min) is excluded.
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath,
            "--from", "2025-07-01T18:32", "--to", "2025-07-01T18:37");

        Assert.True(exit == 0, output + error);
        var hashes = await HashesAsync(sample);
        Assert.Contains("Exported a slice of room 388277412: records #4–#8 (5 records) observed in [2025-07-01 18:32:00 JST, 2025-07-01 18:37:00 JST)", output, StringComparison.Ordinal);
        Assert.Contains($"linked into the chain by prev_hash {hashes[3]} (the hash of record #3); chain head at export #15 {hashes[15]}", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, $"room-{Room}.json")));
        var root = json.RootElement;
        Assert.Equal([4L, 5L, 6L, 7L, 8L], root.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("seq").GetInt64()));
        var slice = root.GetProperty("slice");
        Assert.Equal(("2025-07-01T09:32:00.000Z", "2025-07-01T09:37:00.000Z"), (slice.GetProperty("from").GetString(), slice.GetProperty("to").GetString()));
        Assert.Equal((hashes[3], hashes[8]), (slice.GetProperty("prev_hash").GetString(), slice.GetProperty("last_hash").GetString()));
        Assert.Equal((15L, hashes[15]), (root.GetProperty("chain_head").GetProperty("seq").GetInt64(), root.GetProperty("chain_head").GetProperty("hash").GetString()));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, "manifest.json")));
        Assert.Equal(5, manifest.RootElement.GetProperty("counts").GetProperty("records").GetInt64());
        Assert.Equal(4, manifest.RootElement.GetProperty("slice").GetProperty("first_seq").GetInt64());
    }

    [Theory]
    [InlineData("2025-07-32", null, "--from \"2025-07-32\" is not an ISO-8601 date or date-time. Use e.g. 2025-07-01, ")]
    [InlineData(null, "last tuesday", "--to \"last tuesday\" is not an ISO-8601 date or date-time.")]
    [InlineData("2025-07-02", "2025-07-01", "--from 2025-07-02 (2025-07-02T00:00:00.000+09:00) is after --to 2025-07-01 (2025-07-01T00:00:00.000+09:00)")]
    [InlineData("2025-07-02", "2025-07-03",
        "Room 388277412 has no record observed in [2025-07-02 00:00:00 JST, 2025-07-03 00:00:00 JST); nothing was written. Its records were observed from 2025-07-01 18:30:00 JST to 2025-07-03 18:30:00 JST.")]
    public async Task Export_BadOrEmptyWindow_ExitsTwoSaysWhyAndWritesNothing(string? from, string? to, string message)
    {
        await using var sample = await SampleArchive.CreateAsync();
        string[] bounds = [.. from is null ? [] : new[] { "--from", from }, .. to is null ? [] : new[] { "--to", to }];

        var (exit, _, error) = await CliRunner.RunAsync(["export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath, .. bounds]);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(sample.OutputDirectory));
    }

    /// <summary>Each record's hash in the archive, by seq.</summary>
    internal static async Task<Dictionary<long, string>> HashesAsync(SampleArchive sample)
    {
        var hashes = new Dictionary<long, string>();
        await using var store = sample.OpenWritable();
        await foreach (var record in store.ReadRoomAsync(SampleArchive.RoomId, 1, CancellationToken.None))
        {
            hashes[record.Sequence] = record.Hash.ToString();
        }

        return hashes;
    }
}
