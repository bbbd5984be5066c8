namespace ChatworkGuard.Emulator;

/// <summary>
/// Limits of the Chatwork API that the emulator enforces and that no option changes, each from docs/chatwork-api.md.
/// The limits a test may want to vary (rate windows, file size, webhook counts) are <see cref="EmulatorOptions"/>.
/// </summary>
internal static class ApiLimits
{
    public const int MaxListItems = 100;
    public const int MaxBodyLength = 65535;
    public const int MaxRoomNameLength = 255;
    public const int MaxLinkCodeLength = 50;
    public const int MaxWebhookResponseBytes = 2048;
}
