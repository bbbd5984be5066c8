namespace ChatworkGuard.Emulator.State;

/// <summary>What <c>POST /rooms</c> (or the control API) asks for.</summary>
internal sealed record GroupRoomSpec(
    string Name,
    string Description,
    string IconPreset,
    IReadOnlyList<long> AdminIds,
    IReadOnlyList<long> MemberIds,
    IReadOnlyList<long> ReadonlyIds,
    bool Link = false,
    string? LinkCode = null,
    bool LinkNeedAcceptance = true);
