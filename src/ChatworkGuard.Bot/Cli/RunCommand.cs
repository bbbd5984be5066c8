using System.CommandLine;
using ChatworkGuard.Bot.Hosting;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard run`: runs the bot from appsettings.json and the environment.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the bot (the default command).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var app = BotHost.Build(parseResult.UnmatchedTokens.ToArray());
            await app.RunAsync(cancellationToken);
            return 0;
        });
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }
}
