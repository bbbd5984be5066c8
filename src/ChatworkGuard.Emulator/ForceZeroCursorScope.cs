namespace ChatworkGuard.Emulator;

/// <summary>Who shares the "already fetched" cursor of <c>GET /rooms/{id}/messages?force=0</c> ([UNCONFIRMED] §2).</summary>
public enum ForceZeroCursorScope
{
    /// <summary>One cursor per (account, room): every token of the account moves the same cursor (the default).</summary>
    PerAccount,

    /// <summary>One cursor per (token, room): each API token of an account reads its own diff.</summary>
    PerToken,
}
