namespace ChatworkGuard.Emulator.Control;

/// <summary>One member of a room and its role.</summary>
internal sealed record MemberResponse(long AccountId, string Role);
