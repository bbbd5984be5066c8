namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard run [--json-logs]`: runs the bot from appsettings.json and the environment.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Write logs as one JSON object per line (the same as Logging:Console:FormatterName=json)." };
        var command = new Command("run", "Run the bot (the default command).") { jsonLogs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(jsonLogs);
            var error = parseResult.InvocationConfiguration.Error;
            // The same check as `check-config`, before anything starts: every problem at once, each naming its fix.
            var (app, report) = await CheckConfigCommand.BuildCheckedAsync([.. parseResult.UnmatchedTokens], builder =>
            {
                if (json)
                {
                    builder.Configuration["Logging:Console:FormatterName"] = "json";
                }
            }, error, cancellationToken);
            if (app is null || report is null)
            {
                return ExitCodes.Failed;
            }

            if (!report.IsValid)
            {
                await CheckConfigCommand.WriteProblemsAsync(error, report.Problems, cancellationToken);
                await error.WriteLineAsync("The bot did not start. `chatwork-guard check-config` shows these with the effective settings.");
                await app.DisposeAsync();
                return ExitCodes.Failed;
            }

            try
            {
                await app.RunAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            catch (OptionsValidationException exception)
            {
                await CheckConfigCommand.WriteProblemsAsync(error, [.. exception.Failures], cancellationToken);
                return ExitCodes.Failed;
            }
        });
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }
}
