using System.CommandLine;
using ChatworkGuard.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard run [--json-logs]`: runs the bot from appsettings.json and the environment.</summary>
internal static class RunCommand
{
    public const int ExitOk = 0;
    public const int ExitConfigurationInvalid = 1;

    public static Command Create()
    {
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Write logs as one JSON object per line (the same as Logging:Console:FormatterName=json)." };
        var command = new Command("run", "Run the bot (the default command).");
        command.Options.Add(jsonLogs);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(jsonLogs);
            var app = BotHost.Build([.. parseResult.UnmatchedTokens], builder =>
            {
                if (json)
                {
                    builder.Configuration["Logging:Console:FormatterName"] = "json";
                }
            });
            try
            {
                await app.RunAsync(cancellationToken);
                return ExitOk;
            }
            catch (Exception exception) when (ValidationFailures(exception) is { Count: > 0 } failures)
            {
                // Validation messages name the setting and the fix and never quote a secret; a stack trace adds nothing.
                var error = parseResult.InvocationConfiguration.Error;
                await error.WriteLineAsync("The bot cannot start; the configuration has problems (`chatwork-guard check-config` lists them with the effective settings):");
                foreach (var failure in failures)
                {
                    await error.WriteLineAsync("  - " + failure);
                }

                return ExitConfigurationInvalid;
            }
        });
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    private static List<string> ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)],
        _ => [],
    };
}
