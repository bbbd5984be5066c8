using BenchmarkDotNet.Running;
using ChatworkGuard.Benchmarks.Archive;
using ChatworkGuard.Benchmarks.Emulator;
using ChatworkGuard.Benchmarks.Ingest;
using ChatworkGuard.Benchmarks.Files;
using ChatworkGuard.Benchmarks.Polling;
using ChatworkGuard.Benchmarks.WebConsole;

// Load commands first (real files and sockets, wall-clock figures); anything else goes to BenchmarkDotNet.
return args switch
{
    [EmulatorLoadCommand.Name, .. var rest] => await EmulatorLoadCommand.RunAsync(rest, CancellationToken.None),
    ["archive", .. var rest] => await ArchiveLoadCommand.RunAsync(rest),
    ["archive-verify", var path] => await ArchiveLoadCommand.VerifyChildAsync(path),
    [IngestBenchmarkCommand.Name, .. var rest] => await IngestBenchmarkCommand.RunAsync(rest),
    [IngestBenchmarkCommand.ChildName, .. var rest] => await IngestBenchmarkCommand.RunChildAsync(rest),
    [ExportBenchmarkCommand.Name, .. var rest] => await ExportBenchmarkCommand.RunAsync(rest),
    [VerifyBenchmarkCommand.Name, .. var rest] => await VerifyBenchmarkCommand.RunAsync(rest),
    [CheckpointLoadCommand.Name, .. var rest] => await CheckpointLoadCommand.RunAsync(rest),
    [FileArchiveLoadCommand.Name, .. var rest] => await FileArchiveLoadCommand.RunAsync(rest),
    [ConsoleLoadCommand.Name, .. var rest] => await ConsoleLoadCommand.RunAsync(rest),
    [PollingSimulationCommand.Name, .. var rest] => await PollingSimulationCommand.RunAsync(rest, CancellationToken.None),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveLoadCommand).Assembly).Run(args);
    return 0;
}
