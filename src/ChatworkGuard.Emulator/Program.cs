using ChatworkGuard.Emulator.Hosting;

namespace ChatworkGuard.Emulator;

/// <summary>Standalone entry point: <c>dotnet run --project src/ChatworkGuard.Emulator -- --urls http://127.0.0.1:5080</c>
/// seeds a demo world, prints its accounts and tokens, and serves the emulated API until Ctrl+C.</summary>
public static class Program
{
    /// <summary>Runs the emulator until stopped; exits 2 on invalid options.</summary>
    public static async Task<int> Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
        var options = new EmulatorOptions { Urls = configuration["urls"] ?? "http://127.0.0.1:5080", ConsoleLogging = true };
        configuration.GetSection(EmulatorOptions.SectionName).Bind(options);
        ChatworkEmulator emulator;
        try
        {
            emulator = await ChatworkEmulator.StartAsync(options, TimeProvider.System, CancellationToken.None);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        await using (emulator)
        {
            DemoWorld.Seed(emulator.Control).Print(Console.Out, emulator);
            await emulator.WaitForShutdownAsync(CancellationToken.None);
        }

        return 0;
    }
}
