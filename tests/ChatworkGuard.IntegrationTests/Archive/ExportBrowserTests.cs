using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>The exported HTML in a real headless chromium, opened from file:// with the network unused.</summary>
public sealed partial class ExportBrowserTests : BrowserTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);
    private static readonly string ArtifactDirectory = Path.Combine(AppContext.BaseDirectory, "test-artifacts", "archive");

    [BrowserFact]
    public async Task Verify_IntactExport_IsConsistentButNotWitnessedUntilAKeptHeadIsPasted()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);

        var (page, requests) = await OpenAsync(html);
        await page.ClickAsync("#verify-btn");
        var status = await WaitForResultAsync(page);
        var text = await page.InnerTextAsync("#verify-result");
        await page.FillAsync("#expect-input", "15:" + HeadOf(html));
        await page.ClickAsync("#verify-btn");
        var pasted = await WaitForResultAsync(page, "witnessed");

        Assert.Equal("unwitnessed", status);
        Assert.Contains("内部整合性OK・未照合：15 件", text, StringComparison.Ordinal);
        Assert.Contains(HeadOf(html), text, StringComparison.Ordinal);
        Assert.Equal("witnessed", pasted);
        Assert.Contains("照合OK：記録 #15 まで", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        Assert.Empty(requests);
        await ScreenshotAsync(page, "export-verified-ok.png");
    }

    [BrowserFact]
    public async Task Verify_RecordChangedInTheDatabaseBeforeExport_ShowsTheBreak()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await sample.TamperAsync($"UPDATE archive_records SET body = 'Direct payment is fine, no escrow needed.' WHERE room_id = {Room} AND seq = 4");
        var html = await ExportAsync(sample);

        var (page, _) = await OpenAsync(html);
        await page.ClickAsync("#verify-btn");

        Assert.Equal("broken", await WaitForResultAsync(page));
        Assert.Equal("4", await page.GetAttributeAsync("#verify-result", "data-seq"));
        Assert.Equal("changed", await page.GetAttributeAsync("#verify-result", "data-kind"));
        Assert.Contains("改ざんを検出：記録 #4", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        Assert.Contains("broken", await page.GetAttributeAsync("#r-4", "class") ?? string.Empty, StringComparison.Ordinal);
        await ScreenshotAsync(page, "export-verified-broken.png");
    }

    [BrowserFact]
    public async Task Verify_RecordDataEditedInTheHtmlFile_ShowsChanged()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);
        await File.WriteAllTextAsync(html, EvidencePageData.Edit(await File.ReadAllTextAsync(html), "仮払いの確認後に着手します。", "仮払いなしで着手します。"));

        var (page, _) = await OpenAsync(html);
        await page.ClickAsync("#verify-btn");

        Assert.Equal("broken", await WaitForResultAsync(page));
        Assert.Equal("4", await page.GetAttributeAsync("#verify-result", "data-seq"));
        Assert.Equal("changed", await page.GetAttributeAsync("#verify-result", "data-kind"));
        Assert.Contains("broken", await page.GetAttributeAsync("#r-4", "class") ?? string.Empty, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Verify_TranscriptTextWrittenIntoTheFile_ShowsTheDisplayIsAltered()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);
        var text = await File.ReadAllTextAsync(html);
        // The file holds no transcript: one written into it is not from the verified data.
        const string empty = "<main id=\"transcript\"></main>";
        Assert.Contains(empty, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(html, text.Replace(empty, "<main id=\"transcript\">はじめまして。</main>", StringComparison.Ordinal));

        var (page, _) = await OpenAsync(html);
        await page.ClickAsync("#verify-btn");

        Assert.Equal("broken", await WaitForResultAsync(page));
        Assert.Equal("display", await page.GetAttributeAsync("#verify-result", "data-kind"));
        Assert.Equal("0", await page.GetAttributeAsync("#verify-result", "data-seq"));
    }

    [BrowserFact]
    public async Task Open_RendersEditsDeletionsRoomLossAndTheBotsActionsWithJapanTimes_FromTheVerifiedData()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);

        var (page, _) = await OpenAsync(html);
        Assert.Equal("unwitnessed", await WaitForResultAsync(page));

        Assert.Equal(15, await page.Locator("#transcript > article").CountAsync());
        Assert.Contains("k-message-edited", await page.GetAttributeAsync("#r-8", "class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("LINEも教えてください。", await page.InnerTextAsync("#r-8 .body del"));
        Assert.Equal(0, await page.Locator("#r-8 .body ins").CountAsync());
        Assert.Contains("k-message-deleted", await page.GetAttributeAsync("#r-11", "class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("削除", await page.InnerTextAsync("#r-11 .badge"));
        Assert.Equal("ルーム消失", await page.InnerTextAsync("#r-15 .badge"));
        Assert.Equal("ボットの警告", await page.InnerTextAsync("#r-6 .badge"));
        Assert.Equal("仮払いリマインダー", await page.InnerTextAsync("#r-9 .badge"));
        // Message 1 was sent at 09:31 UTC, i.e. 18:31 in Japan.
        Assert.Equal("2025-07-01 18:31:00 JST", await page.InnerTextAsync("#r-3 .when time"));
        Assert.Equal(0, await page.Locator("#pager button").CountAsync());
    }

    [BrowserFact]
    public async Task Open_MessageWithScriptTag_ShowsItAsTextAndRunsNothing()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);

        var (page, _) = await OpenAsync(html);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.ClickAsync("#verify-btn");
        await WaitForResultAsync(page);

        Assert.Equal(SampleArchive.ScriptBody, await page.InnerTextAsync("#r-7 .body-rendered"));
        Assert.Equal(SampleArchive.ScriptBody, await page.Locator("#r-7 .body-raw").EvaluateAsync<string>("e => e.textContent"));
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task LanguageSwitch_ToEnglish_TranslatesTheInterfaceAndTheResult()
    {
        await using var sample = await SampleArchive.CreateAsync();
        var html = await ExportAsync(sample);

        var (page, _) = await OpenAsync(html);
        await page.ClickAsync("#verify-btn");
        await WaitForResultAsync(page);
        await page.ClickAsync("#lang-btn");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Verify hash chain", await page.InnerTextAsync("#verify-btn"));
        Assert.Equal("Deleted", await page.InnerTextAsync("#r-11 .badge"));
        Assert.StartsWith("Internally consistent, not witnessed: the 15 records", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        await ScreenshotAsync(page, "export-english.png");
    }

    private static async Task<string> ExportAsync(SampleArchive sample)
    {
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);
        Assert.True(exit is 0 or 1, output + error);
        return Path.Combine(sample.OutputDirectory, $"room-{Room}.html");
    }

    private async Task<(IPage Page, List<string> Requests)> OpenAsync(string html, string? initScript = null)
    {
        var requests = new List<string>();
        return (await EvidencePage.OpenAsync(Browser, html, requests, initScript), requests);
    }

    private static async Task<string> WaitForResultAsync(IPage page, string? status = null) => (await EvidencePage.ResultAsync(page, status)).Status;

    private static string HeadOf(string htmlPath)
    {
        var match = HeadPattern().Match(File.ReadAllText(htmlPath));
        Assert.True(match.Success, "the header shows the chain head");
        return match.Groups[1].Value;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactDirectory, name), FullPage = true });
    }

    [GeneratedRegex("<code id=\"chain-head\">#\\d+ ([0-9a-f]{64})</code>")]
    private static partial Regex HeadPattern();
}
