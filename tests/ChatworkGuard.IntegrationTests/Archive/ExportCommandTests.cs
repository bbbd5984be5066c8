using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace ChatworkGuard.IntegrationTests.Archive;

public sealed class ExportCommandTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Export_Room_WritesThreeFilesAndTheManifestHashesThem()
    {
        await using var sample = await SampleArchive.CreateAsync();

        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        Assert.True(exit == 0, output + error);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(SampleArchive.RoomId, root.GetProperty("room_id").GetInt64());
        Assert.Equal(15, root.GetProperty("counts").GetProperty("records").GetInt64());
        Assert.Equal(4, root.GetProperty("counts").GetProperty("messages").GetInt64());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("by_kind").GetProperty("message-deleted").GetInt64());
        Assert.True(root.GetProperty("verification").GetProperty("intact").GetBoolean());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("tool_version").GetString()));
        Assert.Equal(15, root.GetProperty("chain_head").GetProperty("seq").GetInt64());
        await using (var store = sample.OpenWritable())
        {
            var head = await store.GetChainHeadAsync(SampleArchive.RoomId, CancellationToken.None);
            Assert.Equal(head!.Hash.ToString(), root.GetProperty("chain_head").GetProperty("hash").GetString());
        }

        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([$"room-{Room}.json", $"room-{Room}.html"], files.Select(f => f.GetProperty("name").GetString()));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(sample.OutputDirectory, file.GetProperty("name").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
        }
    }

    [Fact]
    public async Task Export_Json_HoldsEveryRecordWithTheDesignKindNamesAndTheEncoding()
    {
        await using var sample = await SampleArchive.CreateAsync();

        await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, $"room-{Room}.json")));
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 15).Select(i => (long)i), records.Select(r => r.GetProperty("seq").GetInt64()));
        Assert.Equal(
            ["room-joined", "room-snapshot", "message-created", "message-created", "message-created", "warning-posted", "message-created",
             "message-edited", "reminder-posted", "gap", "message-deleted", "escrow-confirmed", "warning-suppressed", "checkpoint", "room-lost"],
            records.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(SampleArchive.ScriptBody, records[6].GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("body").ValueKind);
        var encoding = json.RootElement.GetProperty("encoding");
        Assert.Equal("SHA-256(previous_hash || encoding)", encoding.GetProperty("hash").GetString());
        Assert.Equal(13, encoding.GetProperty("fields").GetArrayLength());
        Assert.DoesNotContain("</script>", await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, $"room-{Room}.json")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_Html_CarriesTheJsonOnceCompressedAndLoadsNothingFromTheNetwork()
    {
        await using var sample = await SampleArchive.CreateAsync();

        await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        var htmlPath = Path.Combine(sample.OutputDirectory, $"room-{Room}.html");
        var text = await File.ReadAllTextAsync(htmlPath);
        var json = await File.ReadAllBytesAsync(Path.Combine(sample.OutputDirectory, $"room-{Room}.json"));
        Assert.Equal(json, EvidencePageData.Read(text));
        // The data is in the page once, compressed: no body or record text appears in it as plain text.
        Assert.DoesNotContain("仮払いの確認後に着手します。", text, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(text);
        Assert.Empty(document.QuerySelector("#transcript")!.ChildNodes);
        Assert.All(document.Scripts, script => Assert.True(string.IsNullOrEmpty(script.Source), "every script must be inline"));
        Assert.Empty(document.QuerySelectorAll("link, img[src^='http'], iframe, object, embed"));
        Assert.Equal(3, document.Scripts.Length);
        Assert.Equal("【CrowdWorks】LP制作案件 / Landing page", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Sato Design", document.QuerySelector(".members")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownRoom_ExitsTwoAndWritesNothing()
    {
        await using var sample = await SampleArchive.CreateAsync();

        var (exit, _, error) = await CliRunner.RunAsync("export", "--room", "42", "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("Room 42 is not in the archive", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(sample.OutputDirectory));
    }

    [Fact]
    public async Task Export_DiskFull_ExitsTwoSaysSoAndRemovesThePartialFiles()
    {
        Assert.True(File.Exists("/dev/full"), "this test needs Linux's /dev/full, which fails every write with ENOSPC");
        await using var sample = await SampleArchive.CreateAsync(extraMessages: 200);
        Directory.CreateDirectory(sample.OutputDirectory);
        // The JSON file lands on a "disk" that is full: the kernel answers ENOSPC, as a real full disk would.
        File.CreateSymbolicLink(Path.Combine(sample.OutputDirectory, $"room-{Room}.json"), "/dev/full");

        var (exit, _, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("The disk is full", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(sample.OutputDirectory));
    }

    [Fact]
    public async Task Export_BrokenChain_StillExportsAndSaysSo()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync($"UPDATE archive_records SET body = 'OK, escrow is not needed' WHERE room_id = {Room} AND seq = 4");

        var (exit, output, _) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        Assert.Equal(1, exit);
        Assert.Contains("the chain is broken at record #4 (changed)", output, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(sample.OutputDirectory, "manifest.json")));
        Assert.False(manifest.RootElement.GetProperty("verification").GetProperty("intact").GetBoolean());
        Assert.Equal(4, manifest.RootElement.GetProperty("verification").GetProperty("first_break").GetProperty("seq").GetInt64());
    }
}
