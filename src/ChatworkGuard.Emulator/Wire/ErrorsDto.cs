namespace ChatworkGuard.Emulator.Wire;

/// <summary>The error body: <c>{"errors": ["…"]}</c>.</summary>
internal sealed record ErrorsDto(IReadOnlyList<string> Errors);
