namespace ChatworkGuard.Policy.Escrow;

/// <summary>A command addressed to the bot.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Milestone">The milestone named in the command, if any.</param>
public sealed record EscrowCommand(EscrowCommandKind Kind, string? Milestone);
