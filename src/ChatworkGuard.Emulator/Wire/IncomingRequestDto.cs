namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /incoming_requests</c>: the request, the account and its message, then the profile
/// fields, which the base record writes (so <c>Profile</c> itself is not written).</summary>
internal sealed record IncomingRequestDto(long RequestId, long AccountId, string Message, [property: JsonIgnore] AccountProfileDto Profile)
    : AccountProfileDto(Profile);
