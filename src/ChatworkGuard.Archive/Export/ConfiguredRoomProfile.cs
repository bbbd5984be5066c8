namespace ChatworkGuard.Archive.Export;

/// <summary>The parts of a room's profile a team lead configured (Rooms:Profiles); null or empty parts were not configured.</summary>
/// <param name="Platform">The configured platform, if any.</param>
/// <param name="ContractorAccountIds">The configured contractors, if any.</param>
/// <param name="ClientAccountIds">The configured clients, if any.</param>
public sealed record ConfiguredRoomProfile(string? Platform, IReadOnlyList<long> ContractorAccountIds, IReadOnlyList<long> ClientAccountIds);
