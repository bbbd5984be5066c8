using System.Net;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Budget;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;

namespace ChatworkGuard.Benchmarks.Ingest;

/// <summary>Answers the one request ingest makes, the confirming <c>GET /rooms/{id}/messages/{id}</c> of a deletion
/// candidate, in process with the 404 the API gives: the ingest figure is the archive's cost, not a loopback round trip.</summary>
internal sealed class DeletedMessageReader(IngestRoom room) : IChatworkRoomReader
{
    public RequestPriority ReadPriority => RequestPriority.Read;

    public Task<Message> GetMessageAsync(long roomId, string messageId, CancellationToken cancellationToken = default) =>
        room.Deleted.Contains(messageId)
            ? throw new ChatworkApiException("GET", $"rooms/{roomId}/messages/{messageId}", HttpStatusCode.NotFound, ["Not found"], null)
            : throw new InvalidOperationException($"The benchmark asked for message {messageId}, which it did not delete: the diff found a false candidate.");

    public IChatworkRoomReader WithReadPriority(RequestPriority priority) => this;

    public Task<IReadOnlyList<Room>> GetRoomsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Room> GetRoomAsync(long roomId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RoomMember>> GetMembersAsync(long roomId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Message>> GetMessagesAsync(long roomId, bool force = true, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
