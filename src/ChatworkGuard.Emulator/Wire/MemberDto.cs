namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /rooms/{id}/members</c>.</summary>
internal sealed record MemberDto(
    long AccountId,
    string Role,
    string Name,
    string ChatworkId,
    long OrganizationId,
    string OrganizationName,
    string Department,
    string AvatarImageUrl);
