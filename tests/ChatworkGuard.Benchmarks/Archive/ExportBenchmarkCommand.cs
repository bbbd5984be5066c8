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
/// (browserVerifySeconds null without chromium). --keep DIR leaves the archive and the export in DIR. --slice PERCENT
/// then, in the same process, exports a slice of that share of the room from its middle (--from/--to by observed_at)
/// and adds <c>"slice":{"records":…,"jsonBytes":…,"htmlBytes":…,"exportSeconds":…,"browserVerifySeconds":…}</c>, so a
/// slice's cost is read beside the whole room's.
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
        var slicePercent = Array.IndexOf(args, "--slice") is var p and >= 0 && p + 1 < args.Length ? double.Parse(args[p + 1], CultureInfo.InvariantCulture) : (double?)null;
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
            var whole = await FiguresAsync(records, result, exportSeconds, "unwitnessed");
            var slice = slicePercent is { } percent ? ",\"slice\":" + await SliceAsync(store, records, percent, Path.Combine(directory, "out-slice")) : string.Empty;
            Console.WriteLine(whole.Insert(whole.Length - 1, slice));
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

    /// <summary>The middle <paramref name="percent"/> of the room by observed_at (record n is observed n seconds after
    /// the data's start), exported as a slice and opened like the whole room.</summary>
    private static async Task<string> SliceAsync(SqliteArchiveStore store, long records, double percent, string output)
    {
        var share = (long)(records * percent / 100);
        var first = ((records - share) / 2) + 1;
        var window = new ExportWindow(ArchiveData.ObservedAt(first), ArchiveData.ObservedAt(first + share));
        var watch = Stopwatch.StartNew();
        var result = await ArchiveExporter.ExportRoomAsync(store, RoomId, output, new ExportOptions { ToolVersion = "bench", Window = window }, CancellationToken.None);
        return await FiguresAsync(result.Slice!.RecordCount, result, watch.Elapsed.TotalSeconds, "slice");
    }

    private static async Task<string> FiguresAsync(long records, ExportResult result, double exportSeconds, string verdict)
    {
        var browserSeconds = File.Exists(ChromiumPath) ? await BrowserVerifySecondsAsync(result.HtmlPath, verdict) : (double?)null;
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"records\":{records},\"jsonBytes\":{new FileInfo(result.JsonPath).Length},\"htmlBytes\":{new FileInfo(result.HtmlPath).Length},\"exportSeconds\":{exportSeconds:F2},\"browserVerifySeconds\":{(browserSeconds is { } s ? s.ToString("F2", CultureInfo.InvariantCulture) : "null")}}}");
    }

    /// <summary>From navigation to the page's verdict (decompress, parse, hash every record, render and check the
    /// first window); the page must give <paramref name="verdict"/> ("internally consistent, not witnessed", or for a
    /// slice "consistent as a slice"), or the run fails.</summary>
    private static async Task<double> BrowserVerifySecondsAsync(string html, string verdict)
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
        await page.WaitForSelectorAsync($"#verify-result[data-status='{verdict}'], #verify-result[data-status='broken'], #verify-result[data-status='error']",
            new PageWaitForSelectorOptions { Timeout = 300_000, State = WaitForSelectorState.Attached });
        var seconds = watch.Elapsed.TotalSeconds;
        var status = await page.GetAttributeAsync("#verify-result", "data-status");
        return status == verdict ? seconds : throw new InvalidOperationException($"the page said {status}: {await page.InnerTextAsync("#verify-result")}");
    }
}
