namespace ChatworkGuard.Bot.Cli;

/// <summary>Builds the detector for `scan` and `eval` from the same configuration the bot uses (appsettings.json + environment).</summary>
internal static class CliDetector
{
    /// <summary>Makes <paramref name="command"/> build the detector and run <paramref name="action"/> with it and the
    /// command's output and error writers; exits <see cref="ExitCodes.Failed"/> without running it when the detector cannot be built.</summary>
    public static void SetAction(Command command, Func<ParseResult, Detector, TextWriter, TextWriter, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            return Create(error) is { } detector
                ? await action(parseResult, detector, parseResult.InvocationConfiguration.Output, error, cancellationToken)
                : ExitCodes.Failed;
        });

    /// <summary>Returns the detector, or null after writing why it cannot be built (a bad configured rule) to <paramref name="error"/>.</summary>
    public static Detector? Create(TextWriter error)
    {
        var contentRoot = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(contentRoot, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables(BotHost.EnvironmentPrefix)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddDetection()
            .BuildServiceProvider();
        try
        {
            return services.GetRequiredService<Detector>();
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine("The Detection configuration is invalid:");
            foreach (var failure in ex.Failures)
            {
                error.WriteLine($" - {failure}");
            }

            return null;
        }
    }
}
