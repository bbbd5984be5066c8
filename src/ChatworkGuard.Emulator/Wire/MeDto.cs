namespace ChatworkGuard.Emulator.Wire;

/// <summary>The body of <c>GET /me</c>.</summary>
internal sealed record MeDto(
    long AccountId,
    long RoomId,
    string Name,
    string ChatworkId,
    long OrganizationId,
    string OrganizationName,
    string Department,
    string Title,
    string Url,
    string Introduction,
    string Mail,
    string TelOrganization,
    string TelExtension,
    string TelMobile,
    string Skype,
    string Facebook,
    string Twitter,
    string AvatarImageUrl,
    string LoginMail);
