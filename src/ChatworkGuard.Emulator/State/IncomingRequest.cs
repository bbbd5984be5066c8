namespace ChatworkGuard.Emulator.State;

/// <summary>A pending contact request from <see cref="From"/> to <see cref="ToAccountId"/>.</summary>
internal sealed record IncomingRequest(long RequestId, Account From, long ToAccountId, string Message);
