namespace ChatworkGuard.Emulator;

/// <summary>Standalone entry point: seeds a demo world and serves the emulated API.</summary>
public static class Program
{
    /// <summary>Runs the emulator until stopped.</summary>
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "ChatworkGuard emulator");
        await app.RunAsync();
        return 0;
    }
}
