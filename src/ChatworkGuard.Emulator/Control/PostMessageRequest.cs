namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/rooms/{id}/messages</c> (and the body of PUT, where account_id is ignored).</summary>
internal sealed record PostMessageRequest(long AccountId, string? Body);
