namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /incoming_requests</c>.</summary>
internal sealed record IncomingRequestDto(
    long RequestId,
    long AccountId,
    string Message,
    string Name,
    string ChatworkId,
    long OrganizationId,
    string OrganizationName,
    string Department,
    string AvatarImageUrl);
