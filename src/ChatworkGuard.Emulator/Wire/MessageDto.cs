namespace ChatworkGuard.Emulator.Wire;

/// <summary>A message object (docs/chatwork-api.md §3).</summary>
internal sealed record MessageDto(string MessageId, AccountRefDto Account, string Body, long SendTime, long UpdateTime);
