using ChatworkGuard.Bot.Demo;

namespace ChatworkGuard.Bot.Cli;

/// <summary>`chatwork-guard demo`: the whole bot against a scripted room on the built-in emulator; no token needed.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo archive and the evidence export.", DefaultValueFactory = _ => Path.Combine("data", "demo") };
        var pause = new Option<double>("--pause") { Description = "Seconds to pause after each step.", DefaultValueFactory = _ => 0.8 };
        var command = new Command("demo", "Play a scripted project room (LINE lure, direct payment, work before escrow, edits, deletions, room deletion) against the real bot on the built-in emulator, then export the evidence.")
        {
            output, pause,
        };
        command.SetAction((parseResult, cancellationToken) =>
            new DemoRunner(AnsiConsole.Console, TimeSpan.FromSeconds(Math.Max(0, parseResult.GetValue(pause))))
                .RunAsync(parseResult.GetValue(output)!, cancellationToken));
        return command;
    }
}
