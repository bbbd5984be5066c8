using System.Globalization;
using ChatworkGuard.Archive;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>The page's own decoding of its data (native or script base64, gunzip read and decoded chunk by chunk) and its
/// own canonical encoding (UTF-8 written byte by byte, 64-bit integers, nulls) against what the archive hashed, in a
/// real headless chromium.</summary>
public sealed class EvidenceDataBrowserTests : IAsyncLifetime
{
    private const string SpecialBody = "👍🏽 é © ß \uffff 日本語 𠮷野家 ｶﾅ \u0080\u07ff\u0800";
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    private HeadlessChromium? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await HeadlessChromium.LaunchIfAvailableAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task Verify_EveryEncodingShapeOverManyDecompressedChunks_AgreesWithTheArchive()
    {
        await using var sample = await CreateSampleAsync();
        var html = await ExportAsync(sample);

        var page = await OpenAsync(html, withNativeBase64: true);

        Assert.Equal("unwitnessed", await ResultAsync(page));
        Assert.Contains("3,018", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("typeof Uint8Array.fromBase64 === 'function'"), "this chromium decodes base64 natively");
    }

    [BrowserFact]
    public async Task Verify_WithoutNativeBase64_DecodesTheSameData()
    {
        await using var sample = await CreateSampleAsync();
        var html = await ExportAsync(sample);

        var page = await OpenAsync(html, withNativeBase64: false);

        Assert.Equal("unwitnessed", await ResultAsync(page));
        Assert.False(await page.EvaluateAsync<bool>("typeof Uint8Array.fromBase64 === 'function'"));
    }

    [BrowserFact]
    public async Task Verify_OneCharacterOfTheLastRecordChanged_IsRefusedAtThatRecord()
    {
        await using var sample = await CreateSampleAsync();
        var html = await ExportAsync(sample);
        // Half-width ﾅ becomes ﾀ, in a record some 2 MB into the data: still valid JSON, only its hash no longer fits.
        await File.WriteAllTextAsync(html, EvidencePageData.Edit(await File.ReadAllTextAsync(html), "ｶﾅ", "ｶﾀ"));

        var page = await OpenAsync(html, withNativeBase64: true);

        Assert.Equal("broken", await ResultAsync(page));
        Assert.Equal(("3018", "changed"), (await page.GetAttributeAsync("#verify-result", "data-seq"), await page.GetAttributeAsync("#verify-result", "data-kind")));
    }

    /// <summary>The sample room with 3,000 more messages (about 2 MB of JSON: many chunks out of the decompressor, with
    /// multi-byte characters cut at their edges), then records with every shape of field the encoding has.</summary>
    private static async Task<SampleArchive> CreateSampleAsync()
    {
        var sample = await SampleArchive.CreateAsync(extraMessages: 3000);
        await using var store = sample.OpenWritable();
        var at = SampleArchive.Start.AddDays(3);
        await store.AppendBatchAsync(
        [
            new RecordDraft
            {
                RoomId = SampleArchive.RoomId, Kind = RecordKind.EscrowConfirmed, ObservedAt = at, Source = RecordSource.Bot,
                AccountId = long.MinValue, AccountName = null, Details = """{"milestone":2,"note":"仮払い 🙂","big":9007199254740993}""",
            },
            new RecordDraft
            {
                RoomId = SampleArchive.RoomId, Kind = RecordKind.MessageCreated, ObservedAt = at.AddSeconds(1), Source = RecordSource.Webhook,
                MessageId = "1900000000000999999", AccountId = 9_007_199_254_740_993, AccountName = "Zoë 🙂", Body = string.Empty,
                SendTime = -1, UpdateTime = null,
            },
            new RecordDraft
            {
                RoomId = SampleArchive.RoomId, Kind = RecordKind.MessageCreated, ObservedAt = at.AddSeconds(2), Source = RecordSource.Poll,
                MessageId = "1900000000001000000", AccountId = long.MaxValue, AccountName = "山田 太郎", Body = SpecialBody,
                SendTime = at.ToUnixTimeSeconds(), UpdateTime = 0,
            },
        ], CancellationToken.None);
        return sample;
    }

    private static async Task<string> ExportAsync(SampleArchive sample)
    {
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);
        Assert.True(exit == 0, output + error);
        return Path.Combine(sample.OutputDirectory, $"room-{Room}.html");
    }

    private async Task<IPage> OpenAsync(string html, bool withNativeBase64)
    {
        var context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        if (!withNativeBase64)
        {
            // As in a browser without Uint8Array.fromBase64 (Firefox before 133, Safari before 18.2): the page's own decoder.
            await context.AddInitScriptAsync("delete Uint8Array.fromBase64;");
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        return page;
    }

    private static async Task<string> ResultAsync(IPage page)
    {
        // The page checks itself on opening; generous for a loaded 2-core CI machine.
        await page.WaitForSelectorAsync(
            "#verify-result[data-status='unwitnessed'], #verify-result[data-status='witnessed'], #verify-result[data-status='broken'], #verify-result[data-status='error']",
            new PageWaitForSelectorOptions { Timeout = 60_000, State = WaitForSelectorState.Attached });
        return (await page.GetAttributeAsync("#verify-result", "data-status"))!;
    }
}
