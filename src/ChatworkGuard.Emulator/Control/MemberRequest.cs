namespace ChatworkGuard.Emulator.Control;

/// <summary><c>PUT /_emulator/rooms/{id}/members/{accountId}</c>: role is admin, member (default) or readonly.</summary>
internal sealed record MemberRequest(string? Role);
