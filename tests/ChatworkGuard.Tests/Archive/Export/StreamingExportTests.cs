using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Export;
using ChatworkGuard.Archive.Sqlite;

namespace ChatworkGuard.Tests.Archive.Export;

/// <summary>The export streams: a real SQLite room is read forward twice (check, then write), the JSON reaches the disk
/// while records are still being read, and the page carries that JSON once, gzip and base64.</summary>
public sealed partial class StreamingExportTests : IDisposable
{
    private const long Room = 7;
    private const int Records = 20_000;
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Export_ReadsTheRoomTwiceForward_AndWritesTheJsonWhileStillReading()
    {
        await using var sqlite = await CreateRoomAsync();

        var output = _directory.File("out");
        var json = Path.Combine(output, $"room-{Room}.json");
        await using var store = new WatchedStore(sqlite, json);

        var result = await ArchiveExporter.ExportRoomAsync(store, Room, output, new ExportOptions { ToolVersion = "test" }, CancellationToken.None);

        Assert.True(result.Verification.IsIntact);
        Assert.Equal([1L, 1L], store.ReadsFrom);
        // In the second pass the JSON file grows on disk while the room is still being read: nothing is held whole.
        var sizes = store.JsonSizesWhileWriting;
        Assert.Equal(Records / 2_000, sizes.Count);
        Assert.True(sizes[^1] > sizes[0] && sizes[^1] > new FileInfo(json).Length / 2, string.Join(", ", sizes));
        Assert.True(sizes[^1] < new FileInfo(json).Length, "the last records were read before the file was complete");
    }

    [Fact]
    public async Task Export_Slice_ReadsOnlyTheSliceIntoTheFiles_AndWritesTheJsonWhileStillReading()
    {
        await using var sqlite = await CreateRoomAsync();

        var output = _directory.File("out");
        var json = Path.Combine(output, $"room-{Room}.json");
        // Reads: the whole chain's check, the slice's summary, then the slice into the JSON.
        await using var store = new WatchedStore(sqlite, json, writingRead: 3);
        var window = new ExportWindow(Drafts.Epoch.AddSeconds(5_001), Drafts.Epoch.AddSeconds(15_001));

        var result = await ArchiveExporter.ExportRoomAsync(store, Room, output, new ExportOptions { ToolVersion = "test", Window = window }, CancellationToken.None);

        Assert.True(result.Verification.IsIntact);
        Assert.Equal([1L, 5_001L, 5_001L], store.ReadsFrom);
        Assert.Equal((5_001L, 15_000L), (result.Slice!.FirstSequence, result.Slice.LastSequence));
        var sizes = store.JsonSizesWhileWriting;
        Assert.Equal(10_000 / 2_000, sizes.Count);
        Assert.True(sizes[^1] > sizes[0] && sizes[^1] > new FileInfo(json).Length / 2, string.Join(", ", sizes));
        Assert.True(sizes[^1] < new FileInfo(json).Length, "the last records were read before the file was complete");
    }

    [Fact]
    public async Task Export_Html_CarriesTheJsonFileOnceAsGzipBase64_AndNoRecordAsText()
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={_directory.File("guard.db")}" });
        await store.AppendBatchAsync(Drafts.Messages(Room, 300), CancellationToken.None);

        var result = await ArchiveExporter.ExportRoomAsync(store, Room, _directory.File("out"), new ExportOptions { ToolVersion = "test" }, CancellationToken.None);

        var html = await File.ReadAllTextAsync(result.HtmlPath);
        var json = await File.ReadAllBytesAsync(result.JsonPath);
        var block = Assert.Single(DataBlock().Matches(html));
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(block.Groups[1].Value)), CompressionMode.Decompress);
        using var embedded = new MemoryStream();
        await gzip.CopyToAsync(embedded);
        Assert.Equal(json, embedded.ToArray());
        Assert.DoesNotContain("message 150", html, StringComparison.Ordinal);
        Assert.Contains("\"body\": \"message 150\"", System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
        Assert.True(html.Length < json.Length, $"html {html.Length} bytes, json {json.Length} bytes");
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>A real SQLite archive holding <see cref="Records"/> messages in the room; message n is observed n s after the epoch.</summary>
    private async Task<SqliteArchiveStore> CreateRoomAsync()
    {
        var sqlite = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={_directory.File("guard.db")}" });
        for (var first = 1; first <= Records; first += 5_000)
        {
            await sqlite.AppendBatchAsync(Drafts.Messages(Room, 5_000, first), CancellationToken.None);
        }

        return sqlite;
    }

    [GeneratedRegex("<script type=\"text/plain\" id=\"cwg-data\" data-encoding=\"gzip base64\">([A-Za-z0-9+/=]*)</script>")]
    private static partial Regex DataBlock();

    /// <summary>The real store, watched: where each read of the room starts, and during the read that writes the JSON
    /// (the second of a whole export, the third of a slice) the JSON file's size on disk every 2,000 records.</summary>
    private sealed class WatchedStore(SqliteArchiveStore inner, string jsonPath, int writingRead = 2) : IArchiveStore
    {
        public List<long> ReadsFrom { get; } = [];

        public List<long> JsonSizesWhileWriting { get; } = [];

        public string Location => inner.Location;

        public Task<RecordTally> TallyRoomAsync(long roomId, long fromSequence, long throughSequence, CancellationToken cancellationToken) =>
            inner.TallyRoomAsync(roomId, fromSequence, throughSequence, cancellationToken);

        public IAsyncEnumerable<ArchiveRecord> ReadRoomKindsAsync(long roomId, long fromSequence, long throughSequence, IReadOnlyCollection<RecordKind> kinds, CancellationToken cancellationToken) =>
            inner.ReadRoomKindsAsync(roomId, fromSequence, throughSequence, kinds, cancellationToken);

        public async IAsyncEnumerable<ArchiveRecord> ReadRoomAsync(long roomId, long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            ReadsFrom.Add(fromSequence);
            var writing = ReadsFrom.Count == writingRead;
            var count = 0;
            await foreach (var record in inner.ReadRoomAsync(roomId, fromSequence, cancellationToken))
            {
                yield return record;
                if (writing && ++count % 2_000 == 0)
                {
                    JsonSizesWhileWriting.Add(new FileInfo(jsonPath).Length);
                }
            }
        }

        public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

        public Task<AppendResult> AppendAsync(RecordDraft draft, CancellationToken cancellationToken) => inner.AppendAsync(draft, cancellationToken);

        public Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<RecordDraft> drafts, CancellationToken cancellationToken) => inner.AppendBatchAsync(drafts, cancellationToken);

        public Task<IReadOnlyList<long>> ListRoomsAsync(CancellationToken cancellationToken) => inner.ListRoomsAsync(cancellationToken);

        public Task<ChainHead?> GetChainHeadAsync(long roomId, CancellationToken cancellationToken) => inner.GetChainHeadAsync(roomId, cancellationToken);

        public Task<ObservedRange> FindObservedRangeAsync(long roomId, DateTimeOffset? observedFrom, DateTimeOffset? observedBefore, CancellationToken cancellationToken) =>
            inner.FindObservedRangeAsync(roomId, observedFrom, observedBefore, cancellationToken);

        public Task<MessageVersionSlice> GetMessageVersionsAsync(long roomId, MessageVersionQuery query, CancellationToken cancellationToken) => inner.GetMessageVersionsAsync(roomId, query, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        public void Dispose()
        {
        }
    }
}
