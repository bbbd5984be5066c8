namespace ChatworkGuard.Emulator.State;

/// <summary>Receives message changes after the room lock is released (webhook delivery listens here).</summary>
internal interface IRoomEventSink
{
    void MessageCreated(long roomId, StoredMessage message, IReadOnlyCollection<long> memberIds);

    void MessageUpdated(long roomId, StoredMessage message, IReadOnlyCollection<long> memberIds);
}
