using ChatworkGuard.Archive;
using ChatworkGuard.IntegrationTests.Archive;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.WebConsole;

/// <summary>
/// The bot with a console user, a room that has seen a LINE lure (warned), an edit and a deletion, and headless chromium;
/// shared by the console's browser tests, which only read.
/// </summary>
public sealed class ConsoleWorld : IAsyncLifetime
{
    public const string UserName = "lead";
    public const string Password = "correct-horse-battery";
    public const string LineLure = "手数料がもったいないので、今後はLINEで直接やりとりしませんか？ IDは client123 です。";

    internal BotHarness Harness { get; private set; } = null!;

    internal HeadlessChromium? Chromium { get; private set; }

    internal static Action<Dictionary<string, string?>> Settings(int maxFailedLogins = 5) => settings =>
    {
        settings["Console:Users:0:Name"] = UserName;
        settings["Console:Users:0:Password"] = Password;
        settings["Console:MaxFailedLogins"] = maxFailedLogins.ToString(System.Globalization.CultureInfo.InvariantCulture);
    };

    public async Task InitializeAsync()
    {
        Harness = await BotHarness.StartAsync(settings: Settings());
        var control = Harness.Emulator.Control;
        var room = Harness.RoomId;
        await Harness.Sync.RunCycleAsync(CancellationToken.None);
        await Harness.Sync.RunCycleAsync(CancellationToken.None); // the intro
        var edited = control.PostMessage(Harness.Client.AccountId, room, "見積もりは10万円です");
        var deleted = control.PostMessage(Harness.Freelancer.AccountId, room, "少々お待ちください");
        control.PostMessage(Harness.Client.AccountId, room, LineLure);
        await Harness.Sync.RunCycleAsync(CancellationToken.None);
        control.EditMessage(room, edited, "見積もりは12万円です");
        control.DeleteMessage(room, deleted);
        // Two more messages: message_num moves even if the edit and the deletion land in the same second.
        control.PostMessage(Harness.Freelancer.AccountId, room, $"[To:{Harness.Client.AccountId}]Client Corpさん\n承知しました");
        control.PostMessage(Harness.Freelancer.AccountId, room, "明日送ります");
        await Harness.Sync.RunCycleAsync(CancellationToken.None);
        var kinds = (await Harness.RecordsAsync()).Select(r => r.Kind).ToList();
        Assert.Contains(RecordKind.MessageEdited, kinds);
        Assert.Contains(RecordKind.MessageDeleted, kinds);
        Assert.Contains(RecordKind.WarningPosted, kinds);
        Chromium = await HeadlessChromium.LaunchIfAvailableAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        await Harness.DisposeAsync();
    }

    /// <summary>A fresh browser context logged in as the console user, on the rooms page.</summary>
    internal async Task<IPage> LoggedInPageAsync(IBrowserContext? context = null)
    {
        context ??= await Chromium!.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await ConsolePages.LogInAsync(page, Harness.ManagementUrl, UserName, Password);
        Assert.EndsWith("/console/", page.Url, StringComparison.Ordinal);
        return page;
    }
}
