namespace ChatworkGuard.Policy.Detection;

/// <summary>The built-in detectors a term can name with '#'.</summary>
internal static class TokenDetectorNames
{
    public const string Email = "email";
    public const string FreeMail = "freemail";
    public const string Handle = "handle";
    public const string Phone = "phone";
    public const string AccountNumber = "account-number";
    public const string Amount = "amount";

    public static readonly string[] All = [Email, FreeMail, Handle, Phone, AccountNumber, Amount];
}
