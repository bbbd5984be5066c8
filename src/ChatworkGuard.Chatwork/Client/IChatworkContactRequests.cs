namespace ChatworkGuard.Chatwork.Client;

/// <summary>Contact requests to the account: reading and accepting them.</summary>
public interface IChatworkContactRequests
{
    /// <summary><c>GET /incoming_requests</c>: pending contact requests (at most 100).</summary>
    Task<IReadOnlyList<IncomingRequest>> GetIncomingRequestsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>PUT /incoming_requests/{id}</c>: accepts a contact request; returns the new contact with its direct chat.</summary>
    Task<Contact> AcceptIncomingRequestAsync(long requestId, CancellationToken cancellationToken = default);
}
