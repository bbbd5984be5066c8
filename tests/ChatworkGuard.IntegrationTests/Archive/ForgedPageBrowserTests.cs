using System.Globalization;
using System.Security.Cryptography;
using ChatworkGuard.Archive.Checkpoints;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>Forged evidence pages in a real headless chromium: each ends in a refusal or in "not witnessed", never in a plain OK.</summary>
public sealed class ForgedPageBrowserTests : BrowserTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task RehashedForgery_IsOnlyConsistentAndNotWitnessed_AndThePastedOriginalHeadRefusesIt()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var original = Head(await File.ReadAllTextAsync(await ExportAsync(sample)));
        await sample.ForgeRehashedAsync(SampleArchive.RoomId, 5, "振込先はこちらです。");
        var html = await ExportAsync(sample);

        var page = await OpenAsync(html);
        var alone = await ResultAsync(page);
        await page.FillAsync("#expect-input", original);
        await page.ClickAsync("#verify-btn");
        var compared = await ResultAsync(page, "witnessed");

        Assert.Equal("unwitnessed", alone.Status);
        Assert.Contains("未照合", alone.Text, StringComparison.Ordinal);
        Assert.Equal(("broken", "witness"), (compared.Status, compared.Kind));
    }

    [BrowserFact]
    public async Task EditedName_InTheHeader_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "<span class=\"member\">Sato Design", "<span class=\"member\">Suzuki Design"), "0");

    [BrowserFact]
    public async Task EditedName_InTheData_IsRefusedAsChanged() =>
        await AssertRefusedAsync(html => EvidencePageData.Edit(html, "\"account_name\": \"Sato Design\"", "\"account_name\": \"Suzuki Design\""), "4", "changed");

    [BrowserFact]
    public async Task AddedElementInTheTranscript_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "<main id=\"transcript\"></main>", "<main id=\"transcript\"><p class=\"note\">運営が仮払いを確認済みです。</p></main>"), "0");

    [BrowserFact]
    public async Task AddedRecordArticleInTheTranscript_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "<main id=\"transcript\"></main>",
            "<main id=\"transcript\"><article class=\"rec msg k-message-created\" id=\"r-16\" data-seq=\"16\"><div class=\"body\" data-body-seq=\"16\">直接契約でOKです</div></article></main>"), "0");

    [BrowserFact]
    public async Task AddedElementOutsideTheTranscript_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "<main id=\"transcript\">", "<div class=\"alert\">検証済み・改ざんなし</div>\n<main id=\"transcript\">"), "0");

    [BrowserFact]
    public async Task HiddenRecord_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "</style>", "#r-5 { display: none; }\n</style>"), "5");

    [BrowserFact]
    public async Task EditedHeader_IsRefused() =>
        await AssertRefusedAsync(html => ReplaceOnce(html, "<h1 id=\"room-name\">【CrowdWorks】LP制作案件 / Landing page</h1>", "<h1 id=\"room-name\">【Lancers】LP制作案件</h1>"), "0");

    [BrowserFact]
    public async Task WitnessedCheckpoint_PastedFromTheWitnessRoom_CoversTheRecordsUpToItsLeafAndItsSignatureVerifies()
    {
        await using var sample = await SampleArchive.CreateAsync();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = CheckpointSigner.FromPem(key.ExportPkcs8PrivateKeyPem());
        var plan = await sample.AddWitnessedCheckpointAsync(signer);

        var html = await ExportAsync(sample);
        var page = await OpenAsync(html);
        var alone = await ResultAsync(page);
        var witness = await page.InnerTextAsync("#witness");
        await page.FillAsync("#expect-input", plan.Statement.ToString());
        await page.ClickAsync("#verify-btn");
        var pasted = await ResultAsync(page, "witnessed");
        var text = await page.InnerTextAsync("#verify-result");

        Assert.Equal("unwitnessed", alone.Status);
        Assert.Contains("1900000000000000099", witness, StringComparison.Ordinal);
        Assert.Equal("witnessed", pasted.Status);
        Assert.Contains("照合OK：記録 #15 まで", text, StringComparison.Ordinal);
        Assert.Contains("#15 より後の 1 件はまだ照合されていません", text, StringComparison.Ordinal);
        Assert.Contains(signer.Fingerprint, text, StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(Func<string, string> forge, string sequence, string kind = "display")
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);
        var text = await File.ReadAllTextAsync(html);
        var forged = forge(text);
        Assert.NotEqual(text, forged);
        await File.WriteAllTextAsync(html, forged);

        var page = await OpenAsync(html);
        var result = await ResultAsync(page);

        Assert.True(result.Status != "error", result.Text);
        Assert.Equal(("broken", kind, sequence), (result.Status, result.Kind, result.Sequence));
    }

    private static string ReplaceOnce(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, "the page has " + what);
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }

    private static string Head(string html)
    {
        const string marker = "<code id=\"chain-head\">#";
        var at = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var parts = html[at..html.IndexOf("</code>", at, StringComparison.Ordinal)].Split(' ');
        return parts[0] + ":" + parts[1];
    }

    private static async Task<string> ExportAsync(SampleArchive sample)
    {
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);
        Assert.True(exit is 0 or 1, output + error);
        return Path.Combine(sample.OutputDirectory, $"room-{Room}.html");
    }

    private Task<IPage> OpenAsync(string html) => EvidencePage.OpenAsync(Browser, html);

    private static Task<(string Status, string? Kind, string? Sequence, string Text)> ResultAsync(IPage page, string? status = null) =>
        EvidencePage.ResultAsync(page, status);
}
