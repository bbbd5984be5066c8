using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.Archive.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>The transcript rendered like Chatwork, the raw toggle and the in-browser file check, in headless chromium.</summary>
public sealed class TranscriptBrowserTests : IAsyncLifetime
{
    private const long RoomId = 388277412;
    private const long Client = 10000001;
    private const long Freelancer = 10000002;
    private static readonly string ArtifactDirectory = Path.Combine(AppContext.BaseDirectory, "test-artifacts", "archive");
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Contract = Encoding.UTF8.GetBytes("業務委託契約書（案）\n報酬：50,000円（仮払い後に着手）\n");

    private static readonly string QuoteBody =
        $"[To:{Freelancer}]山田さん\n[qt][qtmeta aid={Freelancer} time=1751362200]初稿をお送りします。[/qt]ありがとうございます。\n" +
        "[info][title]修正のお願い[/title]見出しを大きくしてください。[hr]期限：来週月曜[/info]\n[code][To:1] はコードの中なので通知されません[/code]";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cwg-transcript-" + Guid.NewGuid().ToString("N"));
    private HeadlessChromium? _chromium;

    private string DatabasePath => Path.Combine(_directory, "guard.db");

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
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [BrowserFact]
    public async Task Transcript_RendersNotationWithArchivedNames_AndTheChainStillVerifies()
    {
        var page = await ExportAndOpenAsync();

        var quote = page.Locator("#r-4 .body-rendered");
        Assert.Equal("To 山田 花子", (await quote.Locator(".cw-chip.cw-to").InnerTextAsync()).Trim());
        Assert.Equal("山田 花子", await quote.Locator(".cw-quote .cw-qtmeta .cw-name").InnerTextAsync());
        Assert.Equal("2025-07-01 18:30 JST", await quote.Locator(".cw-quote .cw-qtmeta time").InnerTextAsync());
        Assert.Equal("修正のお願い", await quote.Locator(".cw-info .cw-title").InnerTextAsync());
        Assert.Equal(1, await quote.Locator(".cw-info hr").CountAsync());
        Assert.Equal("[To:1] はコードの中なので通知されません", await quote.Locator("pre.cw-code").InnerTextAsync());
        Assert.False(await page.Locator("#r-4 .body-raw").IsVisibleAsync());

        var system = page.Locator("#r-2 .body-rendered");
        Assert.Contains("グループチャットを作成しました", await system.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Client Corp", await system.InnerTextAsync(), StringComparison.Ordinal);
        var link = page.Locator("#r-5 .body-rendered a.cw-file");
        Assert.Equal("files/" + Sha(Contract), await link.GetAttributeAsync("href"));
        Assert.Contains("contract.txt", await link.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("files/" + Sha(Contract), await page.Locator("#r-6 a.file-link").GetAttributeAsync("href"));
        Assert.True(await page.Locator("#r-8 .body.diff del").CountAsync() > 0, "the edit keeps its inline diff");

        await page.ClickAsync("#lang-btn");
        Assert.Contains("created a group chat", await system.InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#lang-btn");
        await ScreenshotAsync(page, "evidence-transcript.png");

        await page.ClickAsync("#verify-btn");
        await page.WaitForSelectorAsync("#verify-result[data-status='unwitnessed'], #verify-result[data-status='broken']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("unwitnessed", await page.GetAttributeAsync("#verify-result", "data-status"));
    }

    [BrowserFact]
    public async Task RawToggle_PerMessageAndPerPage_ShowsTheBodyExactlyAsArchived()
    {
        var page = await ExportAndOpenAsync();

        await page.ClickAsync("#r-4 button.raw-toggle");
        Assert.True(await page.Locator("#r-4 .body-raw").IsVisibleAsync());
        Assert.False(await page.Locator("#r-4 .body-rendered").IsVisibleAsync());
        Assert.Equal(QuoteBody, await page.Locator("#r-4 .body-raw").EvaluateAsync<string>("e => e.textContent"));
        await page.ClickAsync("#r-4 button.raw-toggle");
        Assert.True(await page.Locator("#r-4 .body-rendered").IsVisibleAsync());

        await page.ClickAsync("#raw-btn");
        Assert.Equal(0, await page.Locator("#transcript .body-rendered:visible").CountAsync());
        Assert.True(await page.Locator("#r-2 .body-raw").IsVisibleAsync());
        await page.ClickAsync("#raw-btn");
        Assert.True(await page.Locator("#r-2 .body-rendered").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task FileCheck_TheArchivedBytesMatch_AndOtherBytesDoNot()
    {
        var page = await ExportAndOpenAsync();
        var input = page.Locator("#r-6 input[type=file]");
        var output = page.Locator("#r-6 .file-check-result");

        await input.SetInputFilesAsync(Path.Combine(_directory, "out", "files", Sha(Contract)));
        await page.WaitForSelectorAsync("#r-6 .file-check-result[data-status='ok'], #r-6 .file-check-result[data-status='bad']");
        Assert.Equal("ok", await output.GetAttributeAsync("data-status"));

        var other = Path.Combine(_directory, "other.txt");
        await File.WriteAllTextAsync(other, "業務委託契約書（改ざん版）");
        await input.SetInputFilesAsync(other);
        await page.WaitForSelectorAsync("#r-6 .file-check-result[data-status='bad']");
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(other))), await output.InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task RenderNotation_DeepNestingLongBodiesAndUnknownTags_StayBoundedAndLoseNoText()
    {
        var page = await ExportAndOpenAsync();

        var deep = await page.EvaluateAsync<string[]>(
            "() => { const b = '[info]'.repeat(100) + 'x' + '[/info]'.repeat(100); const f = renderNotation(b, {}); " +
            "let d = 0, n = f.firstChild; while (n && n.nodeType === 1) { d++; n = n.firstChild; } return [String(d), f.textContent]; }");
        Assert.True(int.Parse(deep[0], CultureInfo.InvariantCulture) <= 64, deep[0]);
        Assert.Equal(string.Concat(Enumerable.Repeat("[info]", 100 - int.Parse(deep[0], CultureInfo.InvariantCulture))) + "x" + string.Concat(Enumerable.Repeat("[/info]", 100 - int.Parse(deep[0], CultureInfo.InvariantCulture))), deep[1]);

        var longBody = await page.EvaluateAsync<int>("() => renderNotation('[qt]' + 'あ'.repeat(65526) + '[/qt]', {}).textContent.length");
        Assert.Equal(65526, longBody);

        var unknown = await page.EvaluateAsync<string>("() => renderNotation('[foo]bar[/foo] [To:abc] [/info] <b>x</b>', {}).textContent");
        Assert.Equal("[foo]bar[/foo] [To:abc] [/info] <b>x</b>", unknown);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => { const f = renderNotation('<img src=x onerror=alert(1)>[info]<b>t</b>[/info]', {}); const d = document.createElement('div'); d.appendChild(f); return d.querySelectorAll('img, b').length; }"));
    }

    private async Task<IPage> ExportAndOpenAsync()
    {
        Directory.CreateDirectory(_directory);
        await ArchiveRoomAsync();
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", RoomId.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(_directory, "out"), "--db", DatabasePath);
        Assert.True(exit == 0, output + error);
        var context = await _chromium!.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1300 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_directory, "out", $"room-{RoomId}.html")).AbsoluteUri);
        // The page checks itself on opening and renders the bodies from the verified records only then.
        await page.WaitForSelectorAsync("#verify-result[data-status='unwitnessed'], #verify-result[data-status='broken']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal("unwitnessed", await page.GetAttributeAsync("#verify-result", "data-status"));
        return page;
    }

    private async Task ArchiveRoomAsync()
    {
        if (File.Exists(DatabasePath))
        {
            return;
        }

        var blobs = new FileSystemBlobStore(BlobStoreFactory.DirectoryFor(new StorageOptions { ConnectionString = $"Data Source={DatabasePath}" }));
        var stored = await blobs.PutAsync(new MemoryStream(Contract), StorageOptions.DefaultMaxFileBytes, CancellationToken.None);
        const long fileId = 2150000001;
        var snapshot = new RoomSnapshotDetails("LP制作（クラウドワークス）", [new RoomMember(Client, "Client Corp", "admin"), new RoomMember(Freelancer, "山田 花子", "member")], "CrowdWorks");
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={DatabasePath}" });
        await store.AppendBatchAsync(
        [
            new RecordDraft { RoomId = RoomId, Kind = RecordKind.RoomSnapshot, ObservedAt = Start, Source = RecordSource.Poll, Details = snapshot.ToJson() },
            Message("1001", Client, "Client Corp",
                $"[info][title][dtext:chatroom_groupchat_created][/title][dtext:chatroom_chatname_is]LP制作[dtext:chatroom_set]\n\n[dtext:chatroom_member_is][piconname:{Client}][piconname:{Freelancer}][dtext:chatroom_added][/info]", 1),
            Message("1002", Freelancer, "山田 花子", "初稿をお送りします。", 2),
            Message("1003", Client, "Client Corp", QuoteBody, 3),
            Message("1004", Client, "Client Corp", $"契約書です\n[info][title][dtext:file_uploaded][/title][download:{fileId}]contract.txt ({Contract.Length} B)[/download][/info]", 4),
            new RecordDraft
            {
                RoomId = RoomId, Kind = RecordKind.FileArchived, AccountId = Client, AccountName = "Client Corp", ObservedAt = Start.AddMinutes(5), Source = RecordSource.Poll,
                Details = new FileRecordDetails(fileId, "1004", "contract.txt", Contract.Length, Client, "Client Corp", Start.AddMinutes(4).ToUnixTimeSeconds(), stored.Sha256).ToJson(),
            },
            Message("1005", Client, "Client Corp", "報酬は[To:10000002]5万円です", 6),
            Message("1005", Client, "Client Corp", "報酬は[To:10000002]3万円です", 7) with { Kind = RecordKind.MessageEdited, UpdateTime = Start.AddMinutes(7).ToUnixTimeSeconds() },
        ],
            CancellationToken.None);
    }

    private static RecordDraft Message(string id, long account, string name, string body, int minute) => new()
    {
        RoomId = RoomId,
        Kind = RecordKind.MessageCreated,
        MessageId = id,
        AccountId = account,
        AccountName = name,
        Body = body,
        SendTime = Start.AddMinutes(minute).ToUnixTimeSeconds(),
        UpdateTime = 0,
        ObservedAt = Start.AddMinutes(minute),
        Source = RecordSource.Poll,
    };

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactDirectory, name), FullPage = true });
    }
}
