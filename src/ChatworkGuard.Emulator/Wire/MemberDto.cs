namespace ChatworkGuard.Emulator.Wire;

/// <summary>One item of <c>GET /rooms/{id}/members</c>: the account and its role, then the profile fields, which the
/// base record writes (so <c>Profile</c> itself is not written).</summary>
internal sealed record MemberDto(long AccountId, string Role, [property: JsonIgnore] AccountProfileDto Profile)
    : AccountProfileDto(Profile);
