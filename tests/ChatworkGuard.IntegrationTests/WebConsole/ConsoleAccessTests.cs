using System.Net;
using ChatworkGuard.IntegrationTests.Archive;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.WebConsole;

/// <summary>Who gets into the console: nothing without a login, rate-limited wrong passwords, the strict CSP, and the console
/// only on the management listener and only when a user is configured.</summary>
public sealed class ConsoleAccessTests
{
    [Fact]
    public async Task WithoutALogin_EveryPageRedirectsToTheLoginPageAndShowsNoData()
    {
        await using var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings());
        await world.Sync.RunCycleAsync(CancellationToken.None);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = world.ManagementUrl };

        foreach (var path in new[] { "/console/", "/console/rooms/" + world.RoomId, "/console/rooms/" + world.RoomId + "/export", "/console/warnings", "/console/escrow", "/console/try", "/console/health" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("LP制作", body, StringComparison.Ordinal);
        }

        using var login = await http.GetAsync(new Uri("/console/login", UriKind.Relative));
        var page = await login.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.DoesNotContain("LP制作", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page, StringComparison.Ordinal);
        var csp = Assert.Single(login.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        // Nothing from outside: every script and stylesheet is the console's own.
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePublicListenerDoesNotServeTheConsole_AndWithoutUsersItIsOff()
    {
        await using (var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings()))
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var onPublic = await http.GetAsync(new Uri(world.BotUrl, "/console/login"));
            using var onManagement = await http.GetAsync(new Uri(world.ManagementUrl, "/console/login"));
            Assert.Equal(HttpStatusCode.NotFound, onPublic.StatusCode);
            Assert.Equal(HttpStatusCode.OK, onManagement.StatusCode);
        }

        await using (var world = await BotHarness.StartAsync())
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var response = await http.GetAsync(new Uri(world.ManagementUrl, "/console/login"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [BrowserFact]
    public async Task WrongPasswords_AreRateLimited_UntilTheWindowPasses()
    {
        await using var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings(maxFailedLogins: 3));
        await using var chromium = (await HeadlessChromium.LaunchIfAvailableAsync())!;
        var page = await chromium.Browser.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(world.ManagementUrl.ToString(), StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        for (var i = 0; i < 3; i++)
        {
            var wrong = await ConsolePages.LogInAsync(page, world.ManagementUrl, ConsoleWorld.UserName, "not-the-password-" + i);
            Assert.Equal(401, wrong!.Status);
            Assert.Equal("ユーザー名またはパスワードが違います。", await page.InnerTextAsync("#login-error"));
        }

        // Locked: even the right password is refused, with a message that says how long to wait.
        var limited = await ConsolePages.LogInAsync(page, world.ManagementUrl, ConsoleWorld.UserName, ConsoleWorld.Password);
        Assert.Equal(429, limited!.Status);
        Assert.Contains("15 分間ログインできません", await page.InnerTextAsync("#login-error"), StringComparison.Ordinal);
        await ConsolePages.ScreenshotAsync(page, "console-login-limited.png");

        world.Clock.Advance(TimeSpan.FromMinutes(15));
        var allowed = await ConsolePages.LogInAsync(page, world.ManagementUrl, ConsoleWorld.UserName, ConsoleWorld.Password);
        Assert.Equal(302, allowed!.Status);
        Assert.EndsWith("/console/", page.Url, StringComparison.Ordinal);
        Assert.Empty(outside);
    }

    [BrowserFact]
    public async Task AFormPostWithoutTheAntiforgeryToken_IsRefused()
    {
        await using var world = await BotHarness.StartAsync(settings: ConsoleWorld.Settings());
        await using var chromium = (await HeadlessChromium.LaunchIfAvailableAsync())!;
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await ConsolePages.LogInAsync(page, world.ManagementUrl, ConsoleWorld.UserName, ConsoleWorld.Password);

        var forged = await page.APIRequest.PostAsync(new Uri(world.ManagementUrl, "/console/try").ToString(), new APIRequestContextOptions
        {
            Form = context.APIRequest.CreateFormData().Set("Text", "LINEで直接"),
        });

        Assert.Equal(400, forged.Status);
    }
}
