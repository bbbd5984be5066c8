namespace ChatworkGuard.Emulator.Wire;

/// <summary>
/// The profile fields that close an account item of <c>GET /contacts</c>, <c>/rooms/{id}/members</c> and
/// <c>/incoming_requests</c> (<c>GET /me</c> has more fields among them, so it keeps its own body). The serializer
/// writes a derived type's own fields before these, which is where Chatwork has each item's leading fields. Each
/// account builds its profile once (<c>Account.Profile</c>).
/// </summary>
internal record AccountProfileDto(
    string Name,
    string ChatworkId,
    long OrganizationId,
    string OrganizationName,
    string Department,
    string AvatarImageUrl);
