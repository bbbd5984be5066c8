namespace ChatworkGuard.Chatwork.Models;

/// <summary>A message (<c>GET /rooms/{id}/messages</c> items and the single message).</summary>
public sealed record Message
{
    /// <summary>The message id: a string of digits, beyond 53 bits, never a number.</summary>
    public string MessageId { get; init; } = "";

    /// <summary>The author.</summary>
    public AccountSummary Account { get; init; } = new();

    /// <summary>The raw body in Chatwork notation.</summary>
    public string Body { get; init; } = "";

    /// <summary>When it was sent, unix seconds.</summary>
    public long SendTime { get; init; }

    /// <summary>When it was last edited, unix seconds; 0 = never edited.</summary>
    public long UpdateTime { get; init; }

    /// <summary><see cref="SendTime"/> as a UTC time.</summary>
    [JsonIgnore]
    public DateTimeOffset SentAt => DateTimeOffset.FromUnixTimeSeconds(SendTime);

    /// <summary><see cref="UpdateTime"/> as a UTC time, or null when never edited.</summary>
    [JsonIgnore]
    public DateTimeOffset? EditedAt => UpdateTime == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(UpdateTime);
}
