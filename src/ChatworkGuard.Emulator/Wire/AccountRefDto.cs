namespace ChatworkGuard.Emulator.Wire;

/// <summary>The short account object nested in messages, tasks and files.</summary>
internal sealed record AccountRefDto(long AccountId, string Name, string AvatarImageUrl);
