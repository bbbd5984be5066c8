namespace ChatworkGuard.Bot.Webhooks;

/// <summary>The `Webhooks` section: the tokens that sign Chatwork's webhook requests.</summary>
public sealed class WebhooksOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>Webhook tokens from Chatwork's webhook screen (secrets, base64). Default: none (webhooks refused).</summary>
    public IList<string> Tokens { get; init; } = [];

    /// <summary>The largest webhook body accepted, in bytes. Default: 262144 (256 KiB).</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "Webhooks:MaxBodyBytes must be between 1024 and 4194304.")]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The most body bytes of verified events waiting to be ingested; beyond it events are dropped (the next poll archives
    /// their messages). Default: 33554432 (32 MiB).
    /// </summary>
    [Range(typeof(long), "1048576", "1073741824", ErrorMessage = "Webhooks:MaxQueuedBytes must be between 1048576 (1 MiB) and 1073741824 (1 GiB).")]
    public long MaxQueuedBytes { get; set; } = 32L * 1024 * 1024;
}
