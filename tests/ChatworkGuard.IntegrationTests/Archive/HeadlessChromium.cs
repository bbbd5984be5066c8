using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>Debian's chromium, headless, through Playwright: one per test class that opens evidence pages.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Starts chromium, or returns null where it is not installed and not required (the tests then skip).</summary>
    public static async Task<HeadlessChromium?> LaunchIfAvailableAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(BrowserFactAttribute.RequireVariable)))
        {
            return null;
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
