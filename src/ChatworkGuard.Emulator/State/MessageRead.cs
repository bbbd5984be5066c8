namespace ChatworkGuard.Emulator.State;

/// <summary>Messages for one reader, and whether the free-plan limit hid any (chatwork-message-limitation).</summary>
internal readonly record struct MessageRead(List<MessageDto> Messages, bool Limited);
