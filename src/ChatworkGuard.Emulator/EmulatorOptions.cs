namespace ChatworkGuard.Emulator;

/// <summary>Limits and switches of the emulator; every [UNCONFIRMED] behaviour of docs/chatwork-api.md the bot depends on is a switch here.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section the standalone emulator binds (<c>--Emulator:Window=00:01:00</c>).</summary>
    public const string SectionName = "Emulator";

    /// <summary>Where Kestrel listens, ';'-separated. Default: null, meaning http://127.0.0.1:0 (a free loopback port).</summary>
    public string? Urls { get; set; }

    /// <summary>API requests allowed per token and <see cref="Window"/> (§4). Default: 300.</summary>
    public int RequestsPerWindow { get; set; } = 300;

    /// <summary>The per-token rate-limit window; it starts with the first request after the previous one ended. Default: 5 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Posts (messages and tasks together) allowed per room within <see cref="RoomPostWindow"/> (§4). Default: 10.</summary>
    public int RoomPostsPerWindow { get; set; } = 10;

    /// <summary>The sliding window of the per-room posting limit. Default: 10 seconds.</summary>
    public TimeSpan RoomPostWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>POST /rooms/{id}/files</c> counts toward the per-room posting limit ([UNCONFIRMED] §10.5). Default: false.</summary>
    public bool FileUploadsCountTowardPostLimit { get; set; }

    /// <summary>What a deleted message looks like ([UNCONFIRMED] §5). Default: <see cref="DeletedMessageBehavior.Vanish"/>.</summary>
    public DeletedMessageBehavior DeletedMessageBehavior { get; set; } = DeletedMessageBehavior.Vanish;

    /// <summary>Who shares the force=0 cursor ([UNCONFIRMED] §2). Default: <see cref="ForceZeroCursorScope.PerAccount"/>.</summary>
    public ForceZeroCursorScope ForceZeroCursorScope { get; set; } = ForceZeroCursorScope.PerAccount;

    /// <summary>Whether force=0 returns a message again after it was edited ([UNCONFIRMED] §5). Default: false.</summary>
    public bool ForceZeroResendsEdits { get; set; }

    /// <summary>What the first force=0 read of a room returns ([UNCONFIRMED] §2). Default: <see cref="ForceZeroFirstCall.Latest"/>.</summary>
    public ForceZeroFirstCall ForceZeroFirstCall { get; set; } = ForceZeroFirstCall.Latest;

    /// <summary>Whether a force=1 read also moves the force=0 cursor ([UNCONFIRMED] §2). Default: false.</summary>
    public bool ForceOneMovesCursor { get; set; }

    /// <summary>The status for any call into a room the caller lost: deleted, left, removed from, or never joined; 400, 403 or 404 ([UNCONFIRMED] §5). Default: 403.</summary>
    public int LostRoomStatusCode { get; set; } = 403;

    /// <summary>Whether editing a message moves the room's last_update_time ([UNCONFIRMED] §3). Default: false.</summary>
    public bool EditsMoveLastUpdateTime { get; set; }

    /// <summary>Whether deleting a message moves the room's last_update_time ([UNCONFIRMED] §3). Default: false.</summary>
    public bool DeletionsMoveLastUpdateTime { get; set; }

    /// <summary>How far back a free-plan account can read messages (§4). Default: 40 days.</summary>
    public TimeSpan FreePlanHistory { get; set; } = TimeSpan.FromDays(40);

    /// <summary>The largest file <c>POST /rooms/{id}/files</c> accepts, in bytes (§2). Default: 5 MB (5,242,880).</summary>
    public long MaxFileSize { get; set; } = 5L * 1024 * 1024;

    /// <summary>How long a <c>download_url</c> works (§2). Default: 30 seconds.</summary>
    public TimeSpan DownloadUrlLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a download URL handed out before its file was deleted still serves the bytes until it expires
    /// ([UNCONFIRMED] §2: the URL is a signed CloudFront link, which may not know of the deletion). Default: false.</summary>
    public bool DeletedFileUrlsKeepWorking { get; set; }

    /// <summary>Webhook settings allowed per account (§7). Default: 5.</summary>
    public int MaxWebhooksPerAccount { get; set; } = 5;

    /// <summary>Failed deliveries in a row after which a webhook is disabled (無効) ([UNCONFIRMED] threshold, §7). Default: 5.</summary>
    public int WebhookFailuresBeforeDisable { get; set; } = 5;

    /// <summary>How long one webhook delivery may take before it counts as failed ([UNCONFIRMED] §7). Default: 10 seconds.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether webhook URLs must be https:// as on the real settings screen; off so tests can use loopback receivers. Default: false.</summary>
    public bool RequireHttpsWebhookUrls { get; set; }

    /// <summary>How many API requests the request log keeps (oldest dropped first). Default: 100,000.</summary>
    public int RequestLogCapacity { get; set; } = 100_000;

    /// <summary>
    /// Whether the control API (<c>/_emulator</c>: accounts with their tokens, rooms, faults, the request log) answers requests
    /// from other hosts. Default: false, loopback only: an emulator listening on every interface for a remote client still
    /// hands tokens and world changes only to callers on the same host.
    /// </summary>
    public bool AllowRemoteControl { get; set; }

    /// <summary>Whether the emulator logs to the console (the standalone app turns it on). Default: false.</summary>
    public bool ConsoleLogging { get; set; }

    /// <summary>A copy taken at start, so changing the caller's instance later changes nothing.</summary>
    internal EmulatorOptions Clone() => (EmulatorOptions)MemberwiseClone();
}
