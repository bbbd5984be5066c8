using System.Diagnostics;
using System.Globalization;
using ChatworkGuard.Archive.Export;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>
/// Export at scale: <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- export --records 100000</c>.
/// Builds a SQLite archive of one room, exports it, then (when /usr/bin/chromium is installed) opens the page in
/// headless chromium through Playwright and times it from navigation to the page's own verdict. Prints
/// <c>{"records":…,"jsonBytes":…,"htmlBytes":…,"exportSeconds":…,"browserVerifySeconds":…}</c>
/// (browserVerifySeconds null without chromium). --keep DIR leaves the archive and the export in DIR.
/// </summary>
internal static class ExportBenchmarkCommand
{
    public const string Name = "export";
    private const long RoomId = 388277412;
    private const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--records");
        var records = index >= 0 && index + 1 < args.Length ? long.Parse(args[index + 1], CultureInfo.InvariantCulture) : 100_000;
        var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var directory = keep ?? Path.Combine(Path.GetTempPath(), "cwg-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "export.db");
            await using (var writable = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" }))
            {
                await writable.InitializeAsync(CancellationToken.None);
                for (long first = 1; first <= records; first += 10_000)
                {
                    await writable.AppendBatchAsync(ArchiveData.Batch(RoomId, first, (int)Math.Min(10_000, records - first + 1)), CancellationToken.None);
                }
            }

            await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}", ReadOnly = true });
            var watch = Stopwatch.StartNew();
            var result = await ArchiveExporter.ExportRoomAsync(store, RoomId, Path.Combine(directory, "out"), new ExportOptions { ToolVersion = "bench" }, CancellationToken.None);
            var exportSeconds = watch.Elapsed.TotalSeconds;
            var browserSeconds = File.Exists(ChromiumPath) ? await BrowserVerifySecondsAsync(result.HtmlPath) : (double?)null;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"records\":{records},\"jsonBytes\":{new FileInfo(result.JsonPath).Length},\"htmlBytes\":{new FileInfo(result.HtmlPath).Length},\"exportSeconds\":{exportSeconds:F2},\"browserVerifySeconds\":{(browserSeconds is { } s ? s.ToString("F2", CultureInfo.InvariantCulture) : "null")}}}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>From navigation to the page's verdict (decompress, parse, hash every record, render and check the
    /// first window); the page must say "internally consistent, not witnessed", or the run fails.</summary>
    private static async Task<double> BrowserVerifySecondsAsync(string html)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(html).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 300_000 });
        await page.WaitForSelectorAsync("#verify-result[data-status='unwitnessed'], #verify-result[data-status='broken'], #verify-result[data-status='error']",
            new PageWaitForSelectorOptions { Timeout = 300_000, State = WaitForSelectorState.Attached });
        var seconds = watch.Elapsed.TotalSeconds;
        var status = await page.GetAttributeAsync("#verify-result", "data-status");
        return status == "unwitnessed" ? seconds : throw new InvalidOperationException($"the page said {status}: {await page.InnerTextAsync("#verify-result")}");
    }
}
