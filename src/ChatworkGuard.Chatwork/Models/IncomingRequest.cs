namespace ChatworkGuard.Chatwork.Models;

/// <summary>A pending contact request to the account (<c>GET /incoming_requests</c>).</summary>
public sealed record IncomingRequest : AccountProfile
{
    /// <summary>The request id.</summary>
    public long RequestId { get; init; }

    /// <summary>The message sent with the request.</summary>
    public string Message { get; init; } = "";
}
