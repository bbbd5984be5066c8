using BenchmarkDotNet.Running;
using ChatworkGuard.Benchmarks.Archive;

// Load commands first (real files, wall-clock figures); anything else goes to BenchmarkDotNet.
return args switch
{
    ["archive", .. var rest] => await ArchiveLoadCommand.RunAsync(rest),
    ["archive-verify", var path] => await ArchiveLoadCommand.VerifyChildAsync(path),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveLoadCommand).Assembly).Run(args);
    return 0;
}
