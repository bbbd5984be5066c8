namespace ChatworkGuard.Emulator.Webhooks;

/// <summary>A webhook setting; mutable fields are guarded by the <see cref="WebhookRegistry"/> lock.</summary>
internal sealed class WebhookSetting(string id, long accountId, string name, Uri url, WebhookEvents events, long? roomId, string token)
{
    public string Id { get; } = id;

    public long AccountId { get; } = accountId;

    public string Name { get; } = name;

    public Uri Url { get; } = url;

    public WebhookEvents Events { get; } = events;

    public long? RoomId { get; } = roomId;

    public string Token { get; } = token;

    public bool Enabled { get; set; } = true;

    public int ConsecutiveFailures { get; set; }

    public EmulatedWebhook ToPublic() => new(Id, AccountId, Name, Url, Events, RoomId, Token, Enabled, ConsecutiveFailures);
}
