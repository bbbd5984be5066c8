using BenchmarkDotNet.Running;
using ChatworkGuard.Benchmarks.Archive;
using ChatworkGuard.Benchmarks.Emulator;
using ChatworkGuard.Benchmarks.Files;
using ChatworkGuard.Benchmarks.Polling;

// Load commands first (real files and sockets, wall-clock figures); anything else goes to BenchmarkDotNet.
return args switch
{
    [EmulatorLoadCommand.Name, .. var rest] => await EmulatorLoadCommand.RunAsync(rest, CancellationToken.None),
    ["archive", .. var rest] => await ArchiveLoadCommand.RunAsync(rest),
    ["archive-verify", var path] => await ArchiveLoadCommand.VerifyChildAsync(path),
    [FileArchiveLoadCommand.Name, .. var rest] => await FileArchiveLoadCommand.RunAsync(rest),
    [PollingSimulationCommand.Name, .. var rest] => await PollingSimulationCommand.RunAsync(rest, CancellationToken.None),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveLoadCommand).Assembly).Run(args);
    return 0;
}
