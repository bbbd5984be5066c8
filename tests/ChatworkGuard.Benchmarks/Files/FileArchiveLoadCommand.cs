using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Blobs;
using ChatworkGuard.Bot.Files;
using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Emulator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatworkGuard.Benchmarks.Files;

/// <summary>File archiving end to end, on real files and loopback HTTP:
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- files [--count 1000] [--size 1048576] [--dir DIR]</c>
/// (DIR: where the blobs and the archive go, default the temp folder; e.g. /dev/shm to take the disk out of the figure).
/// 1. The blob store's write speed (hash, temp file, fsync, rename) beside a plain File.WriteAllBytes of the same bytes
/// (no hash, no fsync) in the same process. 2. The bot's <see cref="FileArchiver"/> against the emulator: every file
/// archived, counting the API calls the emulator saw per file.</summary>
internal static class FileArchiveLoadCommand
{
    public const string Name = "files";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 1000);
        var size = Option(args, "--size", 1 << 20);
        var root = Array.IndexOf(args, "--dir") is var d and >= 0 && d + 1 < args.Length ? args[d + 1] : Path.GetTempPath();
        var directory = Path.Combine(root, "cwg-files-load-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"directory {directory}");
        Directory.CreateDirectory(directory);
        try
        {
            var contents = Enumerable.Range(0, count).Select(_ => RandomNumberGenerator.GetBytes(size)).ToList();
            var megabytes = (double)count * size / 1_048_576;
            await MeasureBlobStoreAsync(directory, contents, megabytes);
            return await MeasureArchiverAsync(directory, contents, megabytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task MeasureBlobStoreAsync(string directory, List<byte[]> contents, double megabytes)
    {
        var plain = Path.Combine(directory, "plain");
        Directory.CreateDirectory(plain);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < contents.Count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(plain, i.ToString(CultureInfo.InvariantCulture)), contents[i]);
        }

        var baseline = watch.Elapsed;
        var store = new FileSystemBlobStore(Path.Combine(directory, "blobs"));
        watch.Restart();
        foreach (var content in contents)
        {
            await store.PutAsync(new MemoryStream(content, writable: false), StorageOptions.DefaultMaxFileBytes, CancellationToken.None);
        }

        var blobs = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"blob store  {contents.Count:N0} × {contents[0].Length:N0} bytes: {blobs.TotalSeconds:F2} s = {megabytes / blobs.TotalSeconds:F0} MB/s (SHA-256, temp file, fsync, rename); baseline File.WriteAllBytes {baseline.TotalSeconds:F2} s = {megabytes / baseline.TotalSeconds:F0} MB/s"));
    }

    private static async Task<int> MeasureArchiverAsync(string directory, List<byte[]> contents, double megabytes)
    {
        await using var emulator = await ChatworkEmulator.StartAsync(new EmulatorOptions { RequestsPerWindow = 1_000_000 });
        var control = emulator.Control;
        var bot = control.CreateAccount("ChatworkGuard");
        var member = control.CreateAccount("山田 花子");
        var roomId = control.CreateGroupRoom(member.AccountId, "bench files", [member.AccountId], [bot.AccountId]);
        var fileIds = contents.Select((c, i) => control.UploadFile(member.AccountId, roomId, string.Create(CultureInfo.InvariantCulture, $"file-{i}.bin"), c)).ToList();
        var app = BotHost.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Chatwork:ApiToken"] = bot.Token,
            ["Chatwork:BaseUrl"] = emulator.BaseUrl.ToString(),
            ["Chatwork:RequestsPerWindow"] = "1000000",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "guard.db")}",
            ["Urls"] = "http://127.0.0.1:0",
            ["Sync:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync();
        try
        {
            var archiver = app.Services.GetRequiredService<FileArchiver>();
            control.ClearRequestLog();
            var watch = Stopwatch.StartNew();
            var added = 0;
            foreach (var fileId in fileIds)
            {
                added += await archiver.ArchiveAsync(roomId, fileId, RecordSource.Poll, CancellationToken.None);
            }

            watch.Stop();
            var fileCalls = control.RequestLog.Count(e => e.Path.Contains("/files/", StringComparison.Ordinal));
            var allCalls = control.RequestLog.Count;
            var downloads = control.DownloadLog.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"archiver    {added:N0} of {fileIds.Count:N0} files archived in {watch.Elapsed.TotalSeconds:F2} s = {megabytes / watch.Elapsed.TotalSeconds:F0} MB/s, {fileIds.Count / watch.Elapsed.TotalSeconds:F0} files/s; API calls {allCalls:N0} (GET …/files/{{id}}: {fileCalls:N0} = {(double)fileCalls / fileIds.Count:F2} per file); downloads {downloads:N0}"));
            return added == fileIds.Count && fileCalls == fileIds.Count && allCalls == fileIds.Count ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
