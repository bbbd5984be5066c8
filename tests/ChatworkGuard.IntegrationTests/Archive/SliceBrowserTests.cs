using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChatworkGuard.Archive.Checkpoints;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>A slice's page in a real headless chromium: consistent as a slice, and only as a slice, when untouched;
/// refused when a record in it was edited; a pasted value checked only where the slice holds what it names.</summary>
public sealed class SliceBrowserTests : BrowserTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task Verify_UntouchedSlice_IsConsistentAsASliceAndSaysWhatItCannotProve()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportSliceAsync(sample);
        var hashes = await SliceExportCommandTests.HashesAsync(sample);
        var requests = new List<string>();

        var page = await EvidencePage.OpenAsync(Browser, html, requests);
        var result = await EvidencePage.ResultAsync(page);

        Assert.Equal("slice", result.Status);
        Assert.Contains("抜粋として整合・未照合：記録 #4–#8（5 件）は互いに矛盾せず", result.Text, StringComparison.Ordinal);
        Assert.Contains("直前の記録 #3 のハッシュからつながっています", result.Text, StringComparison.Ordinal);
        Assert.Contains($"出力時のチェーンヘッド（抜粋の外、このファイルでは確かめられません）： #15 {hashes[15]}", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("照合OK", result.Text, StringComparison.Ordinal);
        Assert.Equal(["r-4", "r-5", "r-6", "r-7", "r-8"], await page.Locator("#transcript > article").EvaluateAllAsync<string[]>("a => a.map(e => e.id)"));
        // The edit's previous version (record 5) is in the slice, so the edit is shown as a diff.
        Assert.Equal("LINEも教えてください。", await page.InnerTextAsync("#r-8 .body del"));
        Assert.Equal($"#3 {hashes[3]}", await page.InnerTextAsync("dd[data-f=link]"));
        Assert.Equal("#4–#8", await page.InnerTextAsync("dd[data-f=slice]"));
        Assert.True(await page.IsVisibleAsync("#slice-note"));
        Assert.Empty(requests);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-artifacts", "archive"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "test-artifacts", "archive", "export-slice.png"), FullPage = true });

        await page.ClickAsync("#lang-btn");
        Assert.StartsWith("Consistent as a slice, not witnessed: records #4–#8 (5)", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Verify_RecordEditedInTheSlicesData_IsRefusedAtThatRecord()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportSliceAsync(sample);
        await File.WriteAllTextAsync(html, EvidencePageData.Edit(await File.ReadAllTextAsync(html), "仮払いの確認後に着手します。", "仮払いなしで着手します。"));

        var page = await EvidencePage.OpenAsync(Browser, html);
        var result = await EvidencePage.ResultAsync(page);

        Assert.Equal(("broken", "changed", "4"), (result.Status, result.Kind, result.Sequence));
        Assert.Contains("broken", await page.GetAttributeAsync("#r-4", "class") ?? string.Empty, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Verify_RecordChangedInTheDatabaseBeforeASliceExport_IsRefusedAtThatRecord()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync($"UPDATE archive_records SET body = '直接払いで大丈夫です。' WHERE room_id = {Room} AND seq = 7");
        var html = await ExportSliceAsync(sample);

        var result = await EvidencePage.ResultAsync(await EvidencePage.OpenAsync(Browser, html));

        Assert.Equal(("broken", "changed", "7"), (result.Status, result.Kind, result.Sequence));
    }

    [BrowserFact]
    public async Task Verify_SliceWithoutItsSliceDescription_IsRefusedAsAWholeChain()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportSliceAsync(sample);
        var text = await File.ReadAllTextAsync(html);
        var data = JsonNode.Parse(EvidencePageData.Read(text))!.AsObject();
        data.Remove("slice");
        await File.WriteAllTextAsync(html, EvidencePageData.Replace(text, data.ToJsonString()));

        var result = await EvidencePage.ResultAsync(await EvidencePage.OpenAsync(Browser, html));

        // Read as a whole chain it must start at record 1: records 1-3 are missing.
        Assert.Equal(("broken", "missing", "1"), (result.Status, result.Kind, result.Sequence));
    }

    [BrowserFact]
    public async Task Verify_LinkEditedInTheHeader_IsRefused()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportSliceAsync(sample);
        var hashes = await SliceExportCommandTests.HashesAsync(sample);
        var text = await File.ReadAllTextAsync(html);
        await File.WriteAllTextAsync(html, text.Replace($"<code>#3 {hashes[3]}</code>", $"<code>#3 {hashes[2]}</code>", StringComparison.Ordinal));

        var result = await EvidencePage.ResultAsync(await EvidencePage.OpenAsync(Browser, html));

        Assert.Equal(("broken", "display", "0"), (result.Status, result.Kind, result.Sequence));
    }

    [BrowserFact]
    public async Task PastedHead_InsideTheSliceWitnesses_OutsideIsNotChecked_AndAWrongOneIsRefused()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportSliceAsync(sample);
        var hashes = await SliceExportCommandTests.HashesAsync(sample);
        var page = await EvidencePage.OpenAsync(Browser, html);
        await EvidencePage.ResultAsync(page);

        var inside = await EvidencePage.PasteAsync(page, "6:" + hashes[6], "witnessed");
        var link = await EvidencePage.PasteAsync(page, "3:" + hashes[3], "witnessed");
        var outside = await EvidencePage.PasteAsync(page, "15:" + hashes[15], "slice");
        var outsideText = await page.InnerTextAsync("#verify-outside");
        var wrong = await EvidencePage.PasteAsync(page, "6:" + hashes[5], "witnessed");

        Assert.Equal("witnessed", inside.Status);
        Assert.Contains("照合OK：記録 #6 まで", inside.Text, StringComparison.Ordinal);
        Assert.Contains("#6 より後の 2 件はまだ照合されていません", inside.Text, StringComparison.Ordinal);
        Assert.Contains("このファイルは抜粋（記録 #4–#8）です", inside.Text, StringComparison.Ordinal);
        Assert.Equal("witnessed", link.Status);
        Assert.Contains("#3 より後の 5 件はまだ照合されていません", link.Text, StringComparison.Ordinal);
        Assert.Equal("slice", outside.Status);
        Assert.Contains("記録 #15 のもので、この抜粋", outsideText, StringComparison.Ordinal);
        Assert.Equal(("broken", "witness"), (wrong.Status, wrong.Kind));
    }

    [BrowserFact]
    public async Task RehashedForgery_InTheSlice_IsOnlyConsistentAsASlice_AndTheOriginalHeadRefusesIt()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var original = await SliceExportCommandTests.HashesAsync(sample);
        await sample.ForgeRehashedAsync(SampleArchive.RoomId, 5, "振込先はこちらです。");
        var html = await ExportSliceAsync(sample);
        var page = await EvidencePage.OpenAsync(Browser, html);

        var alone = await EvidencePage.ResultAsync(page);
        var compared = await EvidencePage.PasteAsync(page, "8:" + original[8], "witnessed");

        Assert.Equal("slice", alone.Status);
        Assert.Equal(("broken", "witness"), (compared.Status, compared.Kind));
    }

    [BrowserFact]
    public async Task WitnessedCheckpoint_InTheSlice_ConfirmsItsLink()
    {
        await using var sample = await SampleArchive.CreateAsync();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = CheckpointSigner.FromPem(key.ExportPkcs8PrivateKeyPem());
        var plan = await sample.AddWitnessedCheckpointAsync(signer);
        // The checkpoint (record 16, observed 2025-07-04 18:30 JST) covers the room up to record 15, the slice's link.
        var html = await ExportSliceAsync(sample, "2025-07-04", null);
        var page = await EvidencePage.OpenAsync(Browser, html);

        var alone = await EvidencePage.ResultAsync(page);
        var witness = await page.InnerTextAsync("#witness");
        var pasted = await EvidencePage.PasteAsync(page, plan.Statement.ToString(), "witnessed");
        var unknown = await EvidencePage.PasteAsync(page, plan.Statement.ToString().Replace("rooms=2", "rooms=3", StringComparison.Ordinal), "slice");

        Assert.Equal("slice", alone.Status);
        Assert.Contains("チェックポイント 1 件：すべて鎖と一致", alone.Text, StringComparison.Ordinal);
        Assert.Contains(signer.Fingerprint, alone.Text, StringComparison.Ordinal);
        Assert.Contains("1900000000000000099", witness, StringComparison.Ordinal);
        Assert.Equal("witnessed", pasted.Status);
        Assert.Contains("照合OK：記録 #15 まで", pasted.Text, StringComparison.Ordinal);
        Assert.Contains("#15 より後の 1 件はまだ照合されていません", pasted.Text, StringComparison.Ordinal);
        // A statement the slice holds no checkpoint for is neither confirmed nor refused by it.
        Assert.Equal("slice", unknown.Status);
        Assert.Contains("貼り付けたチェックポイントは、この抜粋の中の記録では照合できません", unknown.Text, StringComparison.Ordinal);
    }

    /// <summary>By default 18:32–18:37 JST on 1 July: records 4 to 8 of the sample room.</summary>
    private static async Task<string> ExportSliceAsync(SampleArchive sample, string? from = "2025-07-01T18:32", string? to = "2025-07-01T18:37")
    {
        string[] bounds = [.. from is null ? [] : new[] { "--from", from }, .. to is null ? [] : new[] { "--to", to }];
        var (exit, output, error) = await CliRunner.RunAsync(["export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath, .. bounds]);
        Assert.True(exit is 0 or 1, output + error);
        return Path.Combine(sample.OutputDirectory, $"room-{Room}.html");
    }
}
