namespace ChatworkGuard.Emulator.Control;

/// <summary><c>POST /_emulator/accounts</c>: plan is "paid" (default) or "free".</summary>
internal sealed record CreateAccountRequest(string? Name, string? Plan, string? OrganizationName);
