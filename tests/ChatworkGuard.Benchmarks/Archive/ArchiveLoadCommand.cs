using System.Diagnostics;
using System.Globalization;
using ChatworkGuard.Archive.Export;
using ChatworkGuard.Archive.Sqlite;
using ChatworkGuard.Archive.Verification;
using Microsoft.Data.Sqlite;

namespace ChatworkGuard.Benchmarks.Archive;

/// <summary>The archive figures end to end, on real files:
/// <c>dotnet run -c Release --project tests/ChatworkGuard.Benchmarks -- archive [--records 1000000] [--export-records 100000] [--keep DIR]</c>
/// (--keep leaves big.db, export.db and the export in DIR, e.g. to time `chatwork-guard verify --db DIR/big.db`).
/// Append and export run here; verify runs in a child process so its peak memory is its own.</summary>
internal static class ArchiveLoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var records = Option(args, "--records", 1_000_000);
        var exportRecords = Option(args, "--export-records", 100_000);
        var keep = Array.IndexOf(args, "--keep") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : null;
        var directory = keep ?? Path.Combine(Path.GetTempPath(), "cwg-archive-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var big = Path.Combine(directory, "big.db");
            var (append, appendCpu) = await AppendAsync(big, 1, records);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"append   {records:N0} records in batches of 10,000: {append.TotalSeconds:F1} s = {records / append.TotalSeconds:N0} records/s (cpu {appendCpu.TotalSeconds:F1} s = {records / appendCpu.TotalSeconds:N0} records per cpu-second)"));

            var child = await RunChildAsync("archive-verify", big);
            Console.WriteLine(child.Trim());

            var small = Path.Combine(directory, "export.db");
            _ = await AppendAsync(small, 388277412, exportRecords);
            await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={small}", ReadOnly = true });
            var exportCpu = CpuTime();
            var watch = Stopwatch.StartNew();
            var result = await ArchiveExporter.ExportRoomAsync(store, 388277412, Path.Combine(directory, "out"), new ExportOptions { ToolVersion = "bench" }, CancellationToken.None);
            watch.Stop();
            exportCpu = CpuTime() - exportCpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export   {exportRecords:N0} records: {watch.Elapsed.TotalSeconds:F2} s, cpu {exportCpu.TotalSeconds:F2} s (html {new FileInfo(result.HtmlPath).Length / 1_048_576.0:F1} MB, json {new FileInfo(result.JsonPath).Length / 1_048_576.0:F1} MB)"));
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

    /// <summary>The child: verify one file and report time and this process's peak resident memory.</summary>
    public static async Task<int> VerifyChildAsync(string path)
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}", ReadOnly = true });
        var cpu = CpuTime();
        var watch = Stopwatch.StartNew();
        long total = 0;
        foreach (var room in await store.ListRoomsAsync(CancellationToken.None))
        {
            var result = await ChainVerifier.VerifyRoomAsync(store, room, null, CancellationToken.None);
            if (!result.IsIntact)
            {
                throw new InvalidOperationException(result.Break!.Description);
            }

            total += result.RecordCount;
        }

        watch.Stop();
        cpu = CpuTime() - cpu;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify   {total:N0} records: {watch.Elapsed.TotalSeconds:F2} s = {total / watch.Elapsed.TotalSeconds:N0} records/s (cpu {cpu.TotalSeconds:F2} s = {total / cpu.TotalSeconds:N0} records per cpu-second), peak working set {self.PeakWorkingSet64 / 1_048_576.0:F0} MB"));
        return 0;
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> AppendAsync(string path, long roomId, long count)
    {
        await using var store = new SqliteArchiveStore(new SqliteArchiveStoreOptions { ConnectionString = $"Data Source={path}" });
        await store.InitializeAsync(CancellationToken.None);
        var cpu = CpuTime();
        var watch = Stopwatch.StartNew();
        for (long first = 1; first <= count; first += 10_000)
        {
            await store.AppendBatchAsync(ArchiveData.Batch(roomId, first, (int)Math.Min(10_000, count - first + 1)), CancellationToken.None);
        }

        return (watch.Elapsed, CpuTime() - cpu);
    }

    private static async Task<string> RunChildAsync(string command, string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ArchiveLoadCommand).Assembly.Location);
        }

        start.ArgumentList.Add(command);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
