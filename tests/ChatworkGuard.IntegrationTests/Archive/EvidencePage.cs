using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>An exported page opened in chromium from file://, and its verdict once the page has one.</summary>
internal static class EvidencePage
{
    private static readonly string[] Verdicts = ["unwitnessed", "slice", "witnessed", "broken", "error"];

    public static async Task<IPage> OpenAsync(IBrowser browser, string html, List<string>? requests = null, string? initScript = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        if (requests is not null)
        {
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file://", StringComparison.Ordinal))
                {
                    requests.Add(request.Url);
                }
            };
        }

        await page.GotoAsync(new Uri(html).AbsoluteUri);
        return page;
    }

    /// <summary>Waits for any verdict, or for <paramref name="status"/> (or a refusal or an error), and reads it.</summary>
    public static async Task<(string Status, string? Kind, string? Sequence, string Text)> ResultAsync(IPage page, string? status = null)
    {
        var wanted = status is null ? Verdicts : [status, "broken", "error"];
        // Generous: a loaded 2-core CI machine may be slow to hash.
        await page.WaitForSelectorAsync(string.Join(", ", wanted.Select(s => $"#verify-result[data-status='{s}']")), new PageWaitForSelectorOptions { Timeout = 60_000 });
        return ((await page.GetAttributeAsync("#verify-result", "data-status"))!,
            await page.GetAttributeAsync("#verify-result", "data-kind"),
            await page.GetAttributeAsync("#verify-result", "data-seq"),
            await page.InnerTextAsync("#verify-result"));
    }

    /// <summary>Pastes <paramref name="value"/> into the compare box and verifies again.</summary>
    public static async Task<(string Status, string? Kind, string? Sequence, string Text)> PasteAsync(IPage page, string value, string status)
    {
        await page.FillAsync("#expect-input", value);
        await page.ClickAsync("#verify-btn");
        return await ResultAsync(page, status);
    }
}
