using System.Globalization;
using System.IO.Compression;
using ChatworkGuard.IntegrationTests.Archive;

namespace ChatworkGuard.IntegrationTests.WebConsole;

/// <summary>The team lead's console in headless chromium, logged in, over the bot's management listener.</summary>
public sealed class ConsoleBrowserTests : IClassFixture<ConsoleWorld>
{
    private readonly ConsoleWorld _world;

    public ConsoleBrowserTests(ConsoleWorld world) => _world = world;

    private string Url(string path) => new Uri(_world.Harness.ManagementUrl, path).ToString();

    [BrowserFact]
    public async Task AfterLoggingIn_TheRoomsListShowsTheRoomWithItsCounts()
    {
        var page = await _world.LoggedInPageAsync();

        var row = page.Locator($"#rooms tr[data-room-id='{_world.Harness.RoomId}']");
        Assert.Contains("LP制作（クラウドワークス）", await row.InnerTextAsync(), StringComparison.Ordinal);
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal("監視中", cells[1]);
        Assert.Equal("CrowdWorks", cells[2]);
        Assert.Equal("1", cells[5]); // edits
        Assert.Equal("1", cells[6]); // deletions
        Assert.Equal("1", cells[7]); // warnings
        await ConsolePages.ScreenshotAsync(page, "console-rooms.png");
    }

    [BrowserFact]
    public async Task TheRoomsList_FiltersAndSorts()
    {
        var page = await _world.LoggedInPageAsync();

        await page.GotoAsync(Url("/console/?q=nothing-like-this"));
        Assert.Equal(0, await page.Locator("#rooms tbody tr").CountAsync());
        await page.GotoAsync(Url("/console/?q=クラウドワークス&state=Active"));
        Assert.Equal(1, await page.Locator("#rooms tbody tr").CountAsync());
        await page.GotoAsync(Url("/console/?state=Lost"));
        Assert.Equal(0, await page.Locator("#rooms tbody tr").CountAsync());
        await page.GotoAsync(Url("/console/"));
        await page.ClickAsync("#rooms th a:text('メッセージ')");
        Assert.Contains("sort=messages", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#rooms th a.sorted.asc").CountAsync());
    }

    [BrowserFact]
    public async Task TheTimeline_ShowsTheEditTheDeletionAndTheWarningInline_RenderedLikeChatwork()
    {
        var page = await _world.LoggedInPageAsync();
        await page.ClickAsync($"#rooms tr[data-room-id='{_world.Harness.RoomId}'] a");

        var edit = page.Locator("#timeline .k-message-edited");
        Assert.Contains("見積もりは12万円です", await edit.Locator(".body-rendered").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("見積もりは10万円です", await edit.Locator(".before del").InnerTextAsync());
        Assert.Equal("編集", await edit.Locator(".badge.edited").InnerTextAsync());
        var deletion = page.Locator("#timeline .k-message-deleted");
        Assert.Contains("少々お待ちください", await deletion.Locator(".body-rendered").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("削除", await deletion.Locator(".badge.deleted").InnerTextAsync());
        Assert.Equal("山田 花子", await deletion.Locator(".author").InnerTextAsync());
        // Chatwork's system message in the evidence page's words.
        Assert.Contains("グループチャットを作成しました", string.Concat(await page.Locator("#timeline .cw-dtext").AllInnerTextsAsync()), StringComparison.Ordinal);
        var warning = page.Locator("#timeline .alert.posted");
        Assert.Contains("off-platform-contact", await warning.InnerTextAsync(), StringComparison.Ordinal);
        // notation.js rendered the mention as Chatwork shows it, with the member's name.
        var mention = page.Locator("#timeline .body-rendered[data-rendered=true] .cw-chip.cw-to").First;
        Assert.Equal("To Client Corp", (await mention.InnerTextAsync()).Trim());
        await ConsolePages.ScreenshotAsync(page, "console-timeline.png");
    }

    [BrowserFact]
    public async Task TheTryBox_FlagsALureAndMarksTheWords()
    {
        var page = await _world.LoggedInPageAsync();
        await page.GotoAsync(Url("/console/try"));

        await page.FillAsync("#try-text", ConsoleWorld.LineLure);
        await page.ClickAsync("#try-submit");

        Assert.Equal(1, await page.Locator("#try-result.warns").CountAsync());
        Assert.Contains("off-platform-contact", await page.Locator("#try-result .verdict").InnerTextAsync(), StringComparison.Ordinal);
        var marked = string.Concat(await page.Locator("#try-result mark.finding.lure").AllInnerTextsAsync());
        Assert.Contains("LINE", marked, StringComparison.Ordinal);
        await ConsolePages.ScreenshotAsync(page, "console-try.png");

        await page.FillAsync("#try-text", "納品物を確認しました。ありがとうございます。");
        await page.ClickAsync("#try-submit");
        Assert.Equal(1, await page.Locator("#try-result.clean").CountAsync());
        Assert.Equal(0, await page.Locator("#try-result mark.finding.lure").CountAsync());
    }

    [BrowserFact]
    public async Task TheExportLink_DownloadsTheRoomsEvidenceBundle()
    {
        var page = await _world.LoggedInPageAsync();
        await page.GotoAsync(Url($"/console/rooms/{_world.Harness.RoomId}"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-link"));
        var path = Path.Combine(Path.GetTempPath(), "cwg-console-" + Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(path);
        try
        {
            Assert.Equal($"room-{_world.Harness.RoomId}-evidence.zip", download.SuggestedFilename);
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains($"room-{_world.Harness.RoomId}.html", names);
            Assert.Contains($"room-{_world.Harness.RoomId}.json", names);
            Assert.Contains("manifest.json", names);
            using var json = new StreamReader(zip.GetEntry($"room-{_world.Harness.RoomId}.json")!.Open());
            Assert.Contains("見積もりは12万円です", await json.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [BrowserFact]
    public async Task AnUnknownRoom_Is404()
    {
        var page = await _world.LoggedInPageAsync();

        var timeline = await page.GotoAsync(Url("/console/rooms/987654321"));
        Assert.Contains("987654321", await page.InnerTextAsync("#not-found"), StringComparison.Ordinal);
        var export = await page.APIRequest.GetAsync(Url("/console/rooms/987654321/export"));

        Assert.Equal(404, timeline!.Status);
        Assert.Equal(404, export.Status);
    }

    [BrowserFact]
    public async Task WarningsFilterByCategory_AndTheHealthPageDrawsItsCharts()
    {
        var page = await _world.LoggedInPageAsync();

        await page.GotoAsync(Url("/console/warnings?category=off-platform-contact"));
        Assert.Equal(1, await page.Locator("#warnings tbody tr").CountAsync());
        await ConsolePages.ScreenshotAsync(page, "console-warnings.png");
        await page.GotoAsync(Url("/console/warnings?category=direct-payment"));
        Assert.Equal(0, await page.Locator("#warnings tbody tr").CountAsync());
        var tomorrow = _world.Harness.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GotoAsync(Url("/console/warnings?from=" + tomorrow));
        Assert.Equal(0, await page.Locator("#warnings tbody tr").CountAsync());

        await page.GotoAsync(Url("/console/health"));
        Assert.Equal(2, await page.Locator("svg.chart").CountAsync());
        Assert.True(await page.Locator("svg.chart.calls rect.bar").CountAsync() >= 1, "the sync cycles' API calls are charted");
        Assert.Matches(@"^\d+ / \d+$", (await page.Locator("#budget-left").InnerTextAsync()).Trim());
        await ConsolePages.ScreenshotAsync(page, "console-health.png");
    }

    [BrowserFact]
    public async Task TheLanguageSwitch_ShowsEnglish()
    {
        var page = await _world.LoggedInPageAsync();

        await page.ClickAsync("#lang-switch");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("active", (await page.Locator($"#rooms tr[data-room-id='{_world.Harness.RoomId}'] td").AllInnerTextsAsync())[1]);
        await page.GotoAsync(Url("/console/escrow"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }
}
