using System.Diagnostics;
using System.Globalization;

namespace ChatworkGuard.IntegrationTests.Archive;

/// <summary>docs/evidence-format.md promises that its description is enough to check an export without our code:
/// its own Python checker is run against a real export.</summary>
public sealed class EvidenceFormatDocumentTests
{
    private static readonly string Room = SampleArchive.RoomId.ToString(CultureInfo.InvariantCulture);

    [PythonFact]
    public async Task DocumentedChecker_RealExport_SaysIntactWithTheChainHead()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);

        var (exit, output) = await RunCheckerAsync(sample.OutputDirectory);

        Assert.True(exit == 0, output);
        Assert.StartsWith("intact; head ", output, StringComparison.Ordinal);
    }

    [PythonFact]
    public async Task DocumentedChecker_TamperedExport_SaysBroken()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);
        var json = Path.Combine(sample.OutputDirectory, $"room-{Room}.json");
        await File.WriteAllTextAsync(json, (await File.ReadAllTextAsync(json)).Replace("仮払いの確認後に着手します。", "すぐ着手します。", StringComparison.Ordinal));

        var (exit, output) = await RunCheckerAsync(sample.OutputDirectory);

        Assert.NotEqual(0, exit);
        Assert.Contains("broken at record 4", output, StringComparison.Ordinal);
    }

    [PythonFact]
    public async Task DocumentedChecker_ComparesTheChainHeadAndAHeadKeptElsewhere()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath);
        var (_, intact) = await RunCheckerAsync(sample.OutputDirectory);
        var head = intact.Trim().Split(' ');
        var kept = head[2] + ":" + head[3];
        var json = Path.Combine(sample.OutputDirectory, $"room-{Room}.json");
        var text = await File.ReadAllTextAsync(json);

        var (matches, _) = await RunCheckerAsync(sample.OutputDirectory, kept);
        var (other, otherOutput) = await RunCheckerAsync(sample.OutputDirectory, "3:" + head[3]);
        await File.WriteAllTextAsync(json, text.Replace("\"seq\": 15,\n    \"hash\"", "\"seq\": 16,\n    \"hash\"", StringComparison.Ordinal));
        var (cut, cutOutput) = await RunCheckerAsync(sample.OutputDirectory);

        Assert.Equal(("intact;", "15"), (head[0], head[2]));
        Assert.Equal(0, matches);
        Assert.NotEqual(0, other);
        Assert.Contains("record 3 is not the one that head was taken from", otherOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, cut);
        Assert.Contains("not at its chain_head", cutOutput, StringComparison.Ordinal);
    }

    [PythonFact]
    public async Task DocumentedChecker_Slice_SaysConsistentAsASliceFromItsLink_NeverIntact()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await ExportSliceAsync(sample);
        var hashes = await SliceExportCommandTests.HashesAsync(sample);

        var (exit, output) = await RunCheckerAsync(sample.OutputDirectory);
        var (inside, _) = await RunCheckerAsync(sample.OutputDirectory, "6:" + hashes[6]);
        var (link, _) = await RunCheckerAsync(sample.OutputDirectory, "3:" + hashes[3]);
        var (outside, outsideOutput) = await RunCheckerAsync(sample.OutputDirectory, "15:" + hashes[15]);
        var (wrong, wrongOutput) = await RunCheckerAsync(sample.OutputDirectory, "6:" + hashes[5]);

        Assert.True(exit == 0, output);
        Assert.Equal(
            $"slice consistent: records 4-8 link from prev_hash {hashes[3]} (record 3), which only a full export, a kept head or a witnessed checkpoint can confirm; chain head at export 15:{hashes[15]}",
            output.Trim());
        Assert.Equal((0, 0), (inside, link));
        Assert.NotEqual(0, outside);
        Assert.Contains("record 15 is outside this slice", outsideOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, wrong);
        Assert.Contains("record 6 is not the one that head was taken from", wrongOutput, StringComparison.Ordinal);
    }

    [PythonFact]
    public async Task DocumentedChecker_EditedOrCutSlice_SaysBroken()
    {
        await using var sample = await SampleArchive.CreateAsync();
        await ExportSliceAsync(sample);
        var json = Path.Combine(sample.OutputDirectory, $"room-{Room}.json");
        var text = await File.ReadAllTextAsync(json);
        await File.WriteAllTextAsync(json, text.Replace("仮払いの確認後に着手します。", "すぐ着手します。", StringComparison.Ordinal));
        var (edited, editedOutput) = await RunCheckerAsync(sample.OutputDirectory);
        await File.WriteAllTextAsync(json, text.Replace("\"last_seq\": 8", "\"last_seq\": 9", StringComparison.Ordinal));
        var (cut, cutOutput) = await RunCheckerAsync(sample.OutputDirectory);

        Assert.NotEqual(0, edited);
        Assert.Contains("broken at record 4", editedOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, cut);
        Assert.Contains("not at its last_seq", cutOutput, StringComparison.Ordinal);
    }

    private static async Task ExportSliceAsync(SampleArchive sample)
    {
        var (exit, output, error) = await CliRunner.RunAsync("export", "--room", Room, "--out", sample.OutputDirectory, "--db", sample.DatabasePath,
            "--from", "2025-07-01T18:32", "--to", "2025-07-01T18:37");
        Assert.True(exit == 0, output + error);
    }

    private static async Task<(int ExitCode, string Output)> RunCheckerAsync(string directory, params string[] args)
    {
        var document = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "evidence-format.md"));
        var code = document.Split("```python\n")[1].Split("```")[0];
        var script = Path.Combine(directory, "check.py");
        await File.WriteAllTextAsync(script, code);
        var start = new ProcessStartInfo(PythonFactAttribute.Python, [script, .. args])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test output.");
    }
}
