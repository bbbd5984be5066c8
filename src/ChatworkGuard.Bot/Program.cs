using ChatworkGuard.Bot.Cli;

return await ChatworkGuardCommandLine.InvokeAsync(args);
