namespace ChatworkGuard.Emulator.Wire;

/// <summary>One contact (<c>GET /contacts</c>, and the answer of accepting a contact request).</summary>
internal sealed record ContactDto(
    long AccountId,
    long RoomId,
    string Name,
    string ChatworkId,
    long OrganizationId,
    string OrganizationName,
    string Department,
    string AvatarImageUrl);
