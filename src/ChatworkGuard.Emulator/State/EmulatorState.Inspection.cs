namespace ChatworkGuard.Emulator.State;

/// <summary>Read-only views for the control API; they ignore permissions and switches.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>Every message of a room as stored, deleted ones included, oldest first.</summary>
    public IReadOnlyList<EmulatedMessage> InspectMessages(long roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            throw ApiException.NotFound($"Room {roomId} does not exist");
        }

        lock (room.Gate)
        {
            var messages = new List<EmulatedMessage>(room.Messages.Count);
            foreach (var message in room.Messages)
            {
                messages.Add(new EmulatedMessage(message.Dto.MessageId, roomId, message.Author.Id, message.Body, message.SendTime, message.UpdateTime, message.Deleted));
            }

            return messages;
        }
    }

    /// <summary>Member account ids of a live room with their roles.</summary>
    public IReadOnlyDictionary<long, RoomRole> InspectMembers(long roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room))
        {
            throw ApiException.NotFound($"Room {roomId} does not exist");
        }

        lock (room.Gate)
        {
            return room.Members.ToDictionary(m => m.Key, m => m.Value.Role);
        }
    }

    public bool RoomExists(long roomId) => _rooms.ContainsKey(roomId);
}
