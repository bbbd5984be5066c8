namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/contacts</c>.</summary>
internal sealed record ContactRequest(long AccountId, long ContactAccountId);
