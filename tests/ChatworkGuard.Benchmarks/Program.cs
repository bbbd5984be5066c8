using BenchmarkDotNet.Running;
using ChatworkGuard.Benchmarks.Emulator;

// Load commands first; anything else is a BenchmarkDotNet run.
if (args.Length > 0 && args[0] == EmulatorLoadCommand.Name)
{
    return await EmulatorLoadCommand.RunAsync(args[1..], CancellationToken.None);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
