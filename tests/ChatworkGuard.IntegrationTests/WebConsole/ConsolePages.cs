using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.WebConsole;

/// <summary>Steps the console's browser tests share.</summary>
internal static class ConsolePages
{
    /// <summary>Where screenshots go (copied into docs/images by hand when the console's look changes).</summary>
    public static readonly string ArtifactDirectory = Path.Combine(AppContext.BaseDirectory, "test-artifacts", "console");

    /// <summary>Fills in and sends the login form; returns the POST's response.</summary>
    public static async Task<IResponse?> LogInAsync(IPage page, Uri management, string name, string password)
    {
        await page.GotoAsync(new Uri(management, "/console/login").ToString());
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", password);
        return await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#login-submit"), r => r.Request.Method == "POST");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactDirectory, name), FullPage = true });
    }
}
