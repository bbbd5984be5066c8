namespace ChatworkGuard.Emulator.Wire;

/// <summary>The answer of <c>PUT /rooms/{id}/members</c>.</summary>
internal sealed record MembersChangeDto(IReadOnlyList<long> Admin, IReadOnlyList<long> Member, IReadOnlyList<long> Readonly);
