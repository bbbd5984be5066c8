namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/incoming_requests</c>.</summary>
internal sealed record IncomingRequestRequest(long FromAccountId, long ToAccountId, string? Message);
