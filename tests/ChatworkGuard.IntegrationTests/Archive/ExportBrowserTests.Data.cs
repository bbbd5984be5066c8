using ChatworkGuard.Archive;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>The page's own decoding of its data (native or script base64, gunzip read and decoded chunk by chunk) and its
/// own canonical encoding (UTF-8 written byte by byte, 64-bit integers, nulls) against what the archive hashed.</summary>
public sealed partial class ExportBrowserTests
{
    private const string SpecialBody = "👍🏽 é © ß \uffff 日本語 𠮷野家 ｶﾅ \u0080\u07ff\u0800";

    [BrowserFact]
    public async Task Verify_EveryEncodingShapeOverManyDecompressedChunks_AgreesWithTheArchive()
    {
        await using var sample = await CreateEncodingSampleAsync();
        var html = await ExportAsync(sample);

        var (page, _) = await OpenAsync(html);

        Assert.Equal("unwitnessed", await WaitForResultAsync(page));
        Assert.Contains("3,018", await page.InnerTextAsync("#verify-result"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("typeof Uint8Array.fromBase64 === 'function'"), "this chromium decodes base64 natively");
    }

    [BrowserFact]
    public async Task Verify_WithoutNativeBase64_DecodesTheSameData()
    {
        await using var sample = await CreateEncodingSampleAsync();
        var html = await ExportAsync(sample);

        // As in a browser without Uint8Array.fromBase64 (Firefox before 133, Safari before 18.2): the page's own decoder.
        var (page, _) = await OpenAsync(html, "delete Uint8Array.fromBase64;");

        Assert.Equal("unwitnessed", await WaitForResultAsync(page));
        Assert.False(await page.EvaluateAsync<bool>("typeof Uint8Array.fromBase64 === 'function'"));
    }

    [BrowserFact]
    public async Task Verify_OneCharacterOfTheLastRecordChanged_IsRefusedAtThatRecord()
    {
        await using var sample = await CreateEncodingSampleAsync();
        var html = await ExportAsync(sample);
        // Half-width ﾅ becomes ﾀ, in a record some 2 MB into the data: still valid JSON, only its hash no longer fits.
        await File.WriteAllTextAsync(html, EvidencePageData.Edit(await File.ReadAllTextAsync(html), "ｶﾅ", "ｶﾀ"));

        var (page, _) = await OpenAsync(html);

        Assert.Equal("broken", await WaitForResultAsync(page));
        Assert.Equal(("3018", "changed"), (await page.GetAttributeAsync("#verify-result", "data-seq"), await page.GetAttributeAsync("#verify-result", "data-kind")));
    }

    /// <summary>The sample room with 3,000 more messages (about 2 MB of JSON: many chunks out of the decompressor, with
    /// multi-byte characters cut at their edges), then records with every shape of field the encoding has.</summary>
    private static async Task<SampleArchive> CreateEncodingSampleAsync()
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
}
