namespace ChatworkGuard.Emulator.Wire;

/// <summary>The answer of the read and unread endpoints.</summary>
internal sealed record ReadStateDto(int UnreadNum, int MentionNum);
