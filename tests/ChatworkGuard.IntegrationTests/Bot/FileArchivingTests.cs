using System.Security.Cryptography;
using System.Text;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.Bot.Files;
using ChatworkGuard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.IntegrationTests.Bot;

/// <summary>Room files over the wire: the emulator's files endpoints and download URLs, the bot's blob store.</summary>
public sealed class FileArchivingTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AnUploadedFileIsArchivedByItsHashWithOneApiCallAndNoTokenAtTheFileHost()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        var bytes = RandomNumberGenerator.GetBytes(200_000);
        var fileId = control.UploadFile(world.Client.AccountId, world.RoomId, "契約書.pdf", bytes);
        control.ClearRequestLog();

        await world.Sync.RunCycleAsync(Ct);

        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.FileArchived);
        var details = FileRecordDetails.TryParse(record.Details)!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal((fileId, "契約書.pdf", (long?)bytes.Length, sha256, world.Client.AccountId), (details.FileId, details.Name, details.Size, details.Sha256, details.UploaderId));
        Assert.False(string.IsNullOrEmpty(details.MessageId));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(world.Directory, "guard-files", sha256)));
        Assert.Single(control.RequestLog, e => e.Path.EndsWith($"/files/{fileId}", StringComparison.Ordinal));
        var download = Assert.Single(control.DownloadLog);
        Assert.Equal((fileId, 200, false), (download.FileId, download.Status, download.SentApiToken));

        // Seen again by the next cycle and by resync: settled, so no further API call.
        await world.Services.GetRequiredService<RoomFileSync>().ResyncAsync(world.RoomId, Ct);
        Assert.Single(control.RequestLog, e => e.Path.EndsWith($"/files/{fileId}", StringComparison.Ordinal));
        Assert.Single(await world.RecordsAsync(), r => r.Kind.IsFileKind());
    }

    [Fact]
    public async Task FilesSharedBeforeTheBotJoinedAreArchivedWhenItJoins()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        var fileId = control.UploadFile(world.Freelancer.AccountId, world.RoomId, "spec.md", Encoding.UTF8.GetBytes("# spec"));
        for (var i = 0; i < 100; i++)
        {
            control.PostMessage(world.Client.AccountId, world.RoomId, "later message " + i);
        }

        await world.Sync.RunCycleAsync(Ct);

        // The upload message is older than the latest 100 the bot can read; the file list still has the file.
        var records = await world.RecordsAsync();
        Assert.DoesNotContain(records, r => r.Body?.Contains($"[download:{fileId}]", StringComparison.Ordinal) == true);
        var archived = Assert.Single(records, r => r.Kind == RecordKind.FileArchived);
        Assert.Equal((fileId, RecordSource.Poll), (FileRecordDetails.TryParse(archived.Details)!.FileId, archived.Source));
    }

    [Fact]
    public async Task AFileNameWithPathSeparatorsAndControlCharactersNeverLeavesTheBlobDirectory()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        const string hostile = "../../outside\u0001\n..\\evil.txt";
        control.UploadFile(world.Client.AccountId, world.RoomId, hostile, Encoding.UTF8.GetBytes("payload"));
        var before = Directory.GetFileSystemEntries(world.Directory).ToList();

        await world.Sync.RunCycleAsync(Ct);

        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.FileArchived);
        var details = FileRecordDetails.TryParse(record.Details)!;
        var blobDirectory = Path.Combine(world.Directory, "guard-files");
        Assert.Equal([details.Sha256!], Directory.GetFiles(blobDirectory).Select(Path.GetFileName));
        Assert.Equal([.. before.Append(blobDirectory).Order()], Directory.GetFileSystemEntries(world.Directory).Order().ToList());
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(world.Directory, "..", "outside"))));
        Assert.EndsWith("evil.txt", details.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTheLimitIsRecordedUnavailableAndNothingIsStored()
    {
        await using var world = await BotHarness.StartAsync(settings: s => s["Storage:MaxFileBytes"] = "1000");
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        control.UploadFile(world.Client.AccountId, world.RoomId, "big.zip", new byte[1001]);

        await world.Sync.RunCycleAsync(Ct);

        var record = Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.FileUnavailable);
        var details = FileRecordDetails.TryParse(record.Details)!;
        Assert.Equal(("too-large", (string?)null), (details.Reason, details.Sha256));
        Assert.Empty(control.DownloadLog);
        Assert.False(Directory.Exists(Path.Combine(world.Directory, "guard-files")) && Directory.EnumerateFiles(Path.Combine(world.Directory, "guard-files")).Any());
    }

    [Fact]
    public async Task AnHtmlPageOrAWrongSizeInsteadOfTheFileIsRecordedAsWhatArrived()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        var html = control.UploadFile(world.Client.AccountId, world.RoomId, "spec.pdf", new byte[500]);
        var truncated = control.UploadFile(world.Client.AccountId, world.RoomId, "photo.png", new byte[500]);
        var page = Encoding.UTF8.GetBytes("<html><body>Sign in</body></html>");
        control.ReplaceDownload(world.RoomId, html, "text/html; charset=utf-8", page);
        control.ReplaceDownload(world.RoomId, truncated, "image/png", new byte[100]);

        await world.Sync.RunCycleAsync(Ct);

        var unavailable = (await world.RecordsAsync()).Where(r => r.Kind == RecordKind.FileUnavailable)
            .Select(r => FileRecordDetails.TryParse(r.Details)!).ToDictionary(d => d.FileId);
        Assert.Equal("html-instead-of-file", unavailable[html].Reason);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(page)), unavailable[html].Sha256);
        Assert.Equal(("size-mismatch", (long?)100, (long?)500), (unavailable[truncated].Reason, unavailable[truncated].ReceivedSize, unavailable[truncated].Size));
    }

    [Fact]
    public async Task AFileDeletedBeforeItsDownloadIsUnavailableAndAnArchivedFileDeletedLaterGetsFileDeleted()
    {
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        var kept = control.UploadFile(world.Client.AccountId, world.RoomId, "draft.docx", Encoding.UTF8.GetBytes("v1"));
        var early = control.UploadFile(world.Client.AccountId, world.RoomId, "bank.png", Encoding.UTF8.GetBytes("account 1234"));
        control.DeleteFile(world.RoomId, early);
        await world.Sync.RunCycleAsync(Ct);

        control.DeleteFile(world.RoomId, kept);
        await world.Services.GetRequiredService<RoomFileSync>().ResyncAsync(world.RoomId, Ct);

        var files = (await world.RecordsAsync()).Where(r => r.Kind.IsFileKind())
            .Select(r => (r.Kind, FileRecordDetails.TryParse(r.Details)!)).ToList();
        Assert.Contains(files, f => f.Kind == RecordKind.FileArchived && f.Item2.FileId == kept);
        Assert.Contains(files, f => f.Kind == RecordKind.FileUnavailable && f.Item2.FileId == early && f.Item2.Reason == "not-found");
        Assert.Contains(files, f => f.Kind == RecordKind.FileDeleted && f.Item2.FileId == kept);
        Assert.Equal(3, files.Count);
    }

    [Fact]
    public async Task ARefusedDownloadUrlIsRetriedWithANewOneAndThenRecordedUnavailable()
    {
        // The file host refuses every URL as an expired one does (403): each attempt asks for a new URL, and after
        // the last the file is recorded as unavailable because of it.
        await using var world = await BotHarness.StartAsync();
        var control = world.Emulator.Control;
        await world.Sync.RunCycleAsync(Ct);
        var fileId = control.UploadFile(world.Client.AccountId, world.RoomId, "late.pdf", new byte[10]);
        control.ReplaceDownload(world.RoomId, fileId, "application/xml", Encoding.UTF8.GetBytes("<Error><Code>AccessDenied</Code></Error>"), status: 403);
        control.ClearRequestLog();

        await world.Sync.RunCycleAsync(Ct);

        var details = FileRecordDetails.TryParse(Assert.Single(await world.RecordsAsync(), r => r.Kind == RecordKind.FileUnavailable).Details)!;
        Assert.Equal("url-expired", details.Reason);
        Assert.Equal(FileArchiver.MaxAttempts, control.RequestLog.Count(e => e.Path.EndsWith($"/files/{fileId}", StringComparison.Ordinal)));
        Assert.Equal(FileArchiver.MaxAttempts, control.DownloadLog.Count(d => d.Status == 403));
    }

    [Fact]
    public async Task TheBlobStoreRefusesANameThatIsNotAHash()
    {
        var store = new FileSystemBlobStore(Path.Combine(Path.GetTempPath(), "cwg-blobs-" + Guid.NewGuid().ToString("N")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("../../etc/passwd", Ct));
        Assert.Null(await store.OpenReadAsync(new string('a', 64), Ct));
    }
}
