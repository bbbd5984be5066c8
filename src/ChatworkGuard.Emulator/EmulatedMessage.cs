namespace ChatworkGuard.Emulator;

/// <summary>A message as stored, including deleted ones, for tests that inspect the emulator's state.</summary>
/// <param name="MessageId">The 64-bit id as a string.</param>
/// <param name="RoomId">The room.</param>
/// <param name="AccountId">The author.</param>
/// <param name="Body">The current body.</param>
/// <param name="SendTime">Unix seconds when it was posted.</param>
/// <param name="UpdateTime">Unix seconds of the last edit; 0 when never edited.</param>
/// <param name="Deleted">Whether it was deleted.</param>
public sealed record EmulatedMessage(string MessageId, long RoomId, long AccountId, string Body, long SendTime, long UpdateTime, bool Deleted);
