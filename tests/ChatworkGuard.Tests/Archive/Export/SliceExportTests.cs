using System.Text.Json;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Export;
using ChatworkGuard.Archive.Sqlite;

namespace ChatworkGuard.Tests.Archive.Export;

/// <summary>A slice export from a real SQLite archive: the records observed in the window, the link into the chain
/// before them and the chain head after them, read with the room's whole chain still checked.</summary>
public sealed class SliceExportTests : IAsyncLifetime, IDisposable
{
    private const long Room = 7;
    private readonly TempDirectory _directory = new();
    private SqliteArchiveStore? _store;

    private SqliteArchiveStore Store => _store!;

    private string Output => _directory.File("out");

    public async Task InitializeAsync()
    {
        _store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={_directory.File("guard.db")}" });
        // Message n is observed n seconds after the epoch.
        await Store.AppendBatchAsync(Drafts.Messages(Room, 40), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store?.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task Export_Window_WritesOnlyTheRecordsObservedInItWithTheLinkAndTheHead()
    {
        var window = new ExportWindow(Drafts.Epoch.AddSeconds(10), Drafts.Epoch.AddSeconds(20));

        var result = await ArchiveExporter.ExportRoomAsync(Store, Room, Output, Options(window), CancellationToken.None);

        var records = await ReadAllAsync();
        var head = await Store.GetChainHeadAsync(Room, CancellationToken.None);
        Assert.Equal(new ExportSlice(window, 10, 19, records[8].Hash, records[18].Hash), result.Slice);
        Assert.Equal(40, result.Verification.RecordCount);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(result.JsonPath));
        var root = json.RootElement;
        Assert.Equal(Enumerable.Range(10, 10).Select(n => (long)n), root.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("seq").GetInt64()));
        var slice = root.GetProperty("slice");
        Assert.Equal("observed_at", slice.GetProperty("time_field").GetString());
        Assert.Equal("2025-07-01T09:30:10.000Z", slice.GetProperty("from").GetString());
        Assert.Equal("2025-07-01T09:30:20.000Z", slice.GetProperty("to").GetString());
        Assert.Equal((10L, 19L), (slice.GetProperty("first_seq").GetInt64(), slice.GetProperty("last_seq").GetInt64()));
        Assert.Equal(records[8].Hash.ToString(), slice.GetProperty("prev_hash").GetString());
        Assert.Equal(root.GetProperty("records")[0].GetProperty("prev_hash").GetString(), slice.GetProperty("prev_hash").GetString());
        Assert.Equal(records[18].Hash.ToString(), slice.GetProperty("last_hash").GetString());
        Assert.Equal((40L, head!.Hash.ToString()), (root.GetProperty("chain_head").GetProperty("seq").GetInt64(), root.GetProperty("chain_head").GetProperty("hash").GetString()));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(result.ManifestPath));
        Assert.Equal(slice.GetRawText(), manifest.RootElement.GetProperty("slice").GetRawText());
        Assert.Equal(10, manifest.RootElement.GetProperty("counts").GetProperty("records").GetInt64());
        Assert.Equal(40, manifest.RootElement.GetProperty("verification").GetProperty("records_checked").GetInt64());
    }

    [Fact]
    public async Task Export_OpenBounds_RunFromTheFirstRecordAndToTheLast()
    {
        var fromStart = await ArchiveExporter.ExportRoomAsync(Store, Room, _directory.File("start"), Options(new ExportWindow(null, Drafts.Epoch.AddSeconds(3))), CancellationToken.None);
        var toEnd = await ArchiveExporter.ExportRoomAsync(Store, Room, _directory.File("end"), Options(new ExportWindow(Drafts.Epoch.AddSeconds(38), null)), CancellationToken.None);

        Assert.Equal((1L, 2L, ChainHash.Zero), (fromStart.Slice!.FirstSequence, fromStart.Slice.LastSequence, fromStart.Slice.PreviousHash));
        Assert.Equal((38L, 40L), (toEnd.Slice!.FirstSequence, toEnd.Slice.LastSequence));
        Assert.Equal((await Store.GetChainHeadAsync(Room, CancellationToken.None))!.Hash, toEnd.Slice.LastHash);
    }

    [Fact]
    public async Task Export_RecordObservedOutOfOrderInsideTheRange_IsInTheSlice()
    {
        // Seq 41 is observed at 15 s, after records observed up to 40 s: the slice of [15 s, 16 s) must run from seq 15
        // to 41 without holes, since a chain cannot be checked across a hole.
        await Store.AppendAsync(Drafts.Message(Room, 41) with { ObservedAt = Drafts.Epoch.AddSeconds(15) }, CancellationToken.None);

        var result = await ArchiveExporter.ExportRoomAsync(Store, Room, Output, Options(new ExportWindow(Drafts.Epoch.AddSeconds(15), Drafts.Epoch.AddSeconds(16))), CancellationToken.None);

        Assert.Equal((15L, 41L, 27L), (result.Slice!.FirstSequence, result.Slice.LastSequence, result.Slice.RecordCount));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(result.JsonPath));
        Assert.Equal(27, json.RootElement.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Export_EmptyWindow_IsRefusedWithTheRoomsSpanAndWritesNothing()
    {
        var window = new ExportWindow(Drafts.Epoch.AddDays(1), Drafts.Epoch.AddDays(2));

        var refused = await Assert.ThrowsAsync<ArchiveExportException>(() => ArchiveExporter.ExportRoomAsync(Store, Room, Output, Options(window), CancellationToken.None));

        Assert.Equal(
            "Room 7 has no record observed in [2025-07-02 18:30:00 JST, 2025-07-03 18:30:00 JST); nothing was written. Its records were observed from 2025-07-01 18:30:01 JST to 2025-07-01 18:30:40 JST.",
            refused.Message);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Export_SliceOfABrokenChain_SaysWhereTheArchiveIsBroken()
    {
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_directory.File("guard.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Before the slice: the slice itself is intact, the archive it is cut from is not.
            command.CommandText = "DROP TRIGGER IF EXISTS archive_records_refuse_update; UPDATE archive_records SET body = 'forged' WHERE room_id = 7 AND seq = 3";
            await command.ExecuteNonQueryAsync();
        }

        var result = await ArchiveExporter.ExportRoomAsync(Store, Room, Output, Options(new ExportWindow(Drafts.Epoch.AddSeconds(10), Drafts.Epoch.AddSeconds(20))), CancellationToken.None);

        Assert.Equal(3, result.Verification.Break?.Sequence);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(result.ManifestPath));
        Assert.False(manifest.RootElement.GetProperty("verification").GetProperty("intact").GetBoolean());
        Assert.Contains("id=\"export-break\"", await File.ReadAllTextAsync(result.HtmlPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Window_FromAfterTo_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ExportWindow(Drafts.Epoch.AddSeconds(1), Drafts.Epoch));
    }

    private static ExportOptions Options(ExportWindow window) => new() { ToolVersion = "test", Window = window };

    private async Task<List<ArchiveRecord>> ReadAllAsync()
    {
        var records = new List<ArchiveRecord>();
        await foreach (var record in Store.ReadRoomAsync(Room, 1, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
