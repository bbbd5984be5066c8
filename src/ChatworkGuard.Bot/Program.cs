return await ChatworkGuardCommandLine.InvokeAsync(args);
