namespace ChatworkGuard.Emulator;

/// <summary>The default values of <see cref="EmulatorOptions"/>, each from docs/chatwork-api.md.</summary>
internal static class EmulatorDefaults
{
    public const int RequestsPerWindow = 300;
    public const int RoomPostsPerWindow = 10;
    public const int LostRoomStatusCode = 403;
    public const long MaxFileSize = 5L * 1024 * 1024;
    public const int MaxWebhooksPerAccount = 5;
    public const int WebhookFailuresBeforeDisable = 5;
    public const int RequestLogCapacity = 100_000;
    public const int MaxListItems = 100;
    public const int MaxBodyLength = 65535;
    public const int MaxRoomNameLength = 255;
    public const int MaxLinkCodeLength = 50;
    public const int MaxWebhookResponseBytes = 2048;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RoomPostWindow = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan FreePlanHistory = TimeSpan.FromDays(40);
    public static readonly TimeSpan DownloadUrlLifetime = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(10);
}
