namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/rooms</c>.</summary>
internal sealed record CreateRoomRequest(
    long CreatorAccountId,
    string? Name,
    string? Description,
    IReadOnlyList<long>? AdminIds,
    IReadOnlyList<long>? MemberIds,
    IReadOnlyList<long>? ReadonlyIds);
