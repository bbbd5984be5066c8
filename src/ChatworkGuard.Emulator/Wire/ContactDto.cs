namespace ChatworkGuard.Emulator.Wire;

/// <summary>One contact (<c>GET /contacts</c>, and the answer of accepting a contact request): the account and its
/// direct chat, then the profile fields, which the base record writes (so <c>Profile</c> itself is not written).</summary>
internal sealed record ContactDto(long AccountId, long RoomId, [property: JsonIgnore] AccountProfileDto Profile)
    : AccountProfileDto(Profile);
