namespace ChatworkGuard.Bot.Cli;

/// <summary>The `chatwork-guard` command line: one sub-command per file in this folder.</summary>
public static class ChatworkGuardCommandLine
{
    /// <summary>Builds the root command with every sub-command; `run` is also the default.</summary>
    public static RootCommand Build()
    {
        var run = RunCommand.Create();
        var root = new RootCommand("ChatworkGuard: archives Chatwork project rooms as evidence and warns about off-platform deals.")
        {
            run,
            DemoCommand.Create(),
            ScanCommand.Create(),
            EvalCommand.Create(),
            VerifyCommand.Create(),
            ExportCommand.Create(),
            CheckConfigCommand.Create(),
            MigrateCommand.Create(),
            RoomsCommand.Create(),
            HealthCommand.Create(),
        };
        // Without a sub-command the bot runs, as `chatwork-guard run` would.
        root.Action = run.Action;
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <remarks>SIGTERM and Ctrl+C are the host's to handle (a graceful stop bounded by Shutdown:Timeout): System.CommandLine's
    /// own handler would end the process with exit code 143 two seconds after the signal, in the middle of that stop.</remarks>
    public static Task<int> InvokeAsync(string[] args) =>
        Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
}
