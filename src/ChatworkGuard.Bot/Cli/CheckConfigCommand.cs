namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard check-config`: validates the configuration as `run` would and prints it with secrets redacted.</summary>
internal static class CheckConfigCommand
{
    public static Command Create()
    {
        var command = new Command("check-config",
            "Validate the configuration exactly as `run` would (appsettings.json, environment, command line) and print the effective settings with secrets redacted. Exit 1 when `run` would refuse to start.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            [.. parseResult.UnmatchedTokens],
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>Builds the bot's host from <paramref name="args"/> without starting it and checks its configuration.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (app, report) = await BuildCheckedAsync(args, null, error, cancellationToken);
        if (app is null || report is null)
        {
            return ExitCodes.Failed;
        }

        await using (app)
        {
            await output.WriteLineAsync($"Effective configuration (secrets redacted), read from {Path.Combine(app.Environment.ContentRootPath, "appsettings.json")}, the environment ({BotHost.EnvironmentPrefix}* or unprefixed) and the command line:");
            await output.WriteLineAsync(report.Effective.ToJsonString(ConfigurationCheck.JsonOptions));
            foreach (var warning in report.Warnings)
            {
                await output.WriteLineAsync("warning: " + warning);
            }

            if (report.IsValid)
            {
                // The public key's fingerprint only: it lets a reader match the key in an export to this bot.
                var signer = app.Services.GetRequiredService<CheckpointSigningKey>().Signer;
                await output.WriteLineAsync(signer is null
                    ? "Checkpoint signing: off (Evidence:SigningKey is not set)."
                    : $"Checkpoint signing key: ECDSA P-256, public key (SPKI) SHA-256 fingerprint {signer.Fingerprint}");
                await output.WriteLineAsync("The configuration is valid.");
                return ExitCodes.Ok;
            }

            await WriteProblemsAsync(error, report.Problems, cancellationToken);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// Builds the host as `run` does and checks its configuration. Returns no host when composing it already failed on
    /// a value that cannot be read (the problem is written to <paramref name="error"/>).
    /// </summary>
    public static async Task<(WebApplication? App, ConfigurationReport? Report)> BuildCheckedAsync(string[] args, Action<WebApplicationBuilder>? configure, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        IServiceCollection? services = null;
        IConfiguration? configuration = null;
        try
        {
            var app = BotHost.Build(args, builder =>
            {
                services = builder.Services;
                configuration = builder.Configuration;
                configure?.Invoke(builder);
            });
            return (app, ConfigurationCheck.Run(app.Services, services!, app.Configuration));
        }
        catch (InvalidOperationException exception) when (configuration is not null)
        {
            // Composing the host already reads a few settings (Sync decides which jobs exist); one that cannot be read stops it.
            await WriteProblemsAsync(error, [SecretRedactor.FromConfiguration(configuration).Scrub(exception.Message)], cancellationToken);
            return (null, null);
        }
    }

    /// <summary>Writes the problems, one per line, after a count.</summary>
    public static async Task WriteProblemsAsync(TextWriter error, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? "The configuration has 1 problem:" : $"The configuration has {problems.Count} problems:";
        await error.WriteLineAsync(header.AsMemory(), cancellationToken);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(("  - " + problem).AsMemory(), cancellationToken);
        }
    }
}
