namespace ChatworkGuard.Emulator.Api;

/// <summary>Invitation link codes: 1–50 characters of <c>[A-Za-z0-9_-]</c>.</summary>
internal static class LinkCodes
{
    public static bool IsValid(string code) =>
        code.Length is >= 1 and <= ApiLimits.MaxLinkCodeLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
