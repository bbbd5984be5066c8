namespace ChatworkGuard.Emulator.Wire;

/// <summary>A room's invitation link; only <see cref="Public"/> when there is none.</summary>
internal sealed record LinkDto(
    bool Public,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? NeedAcceptance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description);
