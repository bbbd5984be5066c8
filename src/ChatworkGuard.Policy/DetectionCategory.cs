namespace ChatworkGuard.Policy;

/// <summary>The warning categories and signals defined in docs/detection-categories.md.</summary>
public static class DetectionCategory
{
    /// <summary>Payment outside the platform's escrow.</summary>
    public const string DirectPayment = "direct-payment";

    /// <summary>Contracting or ordering outside the platform.</summary>
    public const string OffPlatformContract = "off-platform-contract";

    /// <summary>Moving the conversation to a less traceable channel.</summary>
    public const string OffPlatformContact = "off-platform-contact";

    /// <summary>Starting or delivering work before escrow is funded.</summary>
    public const string EscrowBypass = "escrow-bypass";

    /// <summary>The work-start signal: drives escrow reminders, never a warning by itself.</summary>
    public const string WorkStart = "work-start";
}
