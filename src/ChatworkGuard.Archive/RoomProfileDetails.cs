namespace ChatworkGuard.Archive;

/// <summary>The details JSON of a <c>room-profile</c> record: a part of the room's profile the bot inferred from the
/// room itself or a member set with a command, and what it came from.</summary>
/// <remarks>Inferred: <c>{"cause":"inferred","platform":"CrowdWorks","candidates":["CrowdWorks"],"matched":["クラウドワークス"],
/// "inferred_from":"name","room_name":"…","contractor_account_ids":[2],"client_account_ids":[1],"bot_account_id":9}</c>.
/// Command: <c>{"cause":"command","contractor_account_ids":[2],"command":"受注者は私です"}</c> (only the part it set).</remarks>
public sealed record RoomProfileDetails
{
    /// <summary><see cref="Cause"/> of a profile the bot read from the room's name, description and members.</summary>
    public const string Inferred = "inferred";

    /// <summary><see cref="Cause"/> of a part set by a member's command to the bot.</summary>
    public const string Command = "command";

    /// <summary><c>inferred</c> or <c>command</c>.</summary>
    public required string Cause { get; init; }

    /// <summary>The platform (CrowdWorks, Lancers, Coconala, Other); null when this record does not set it.</summary>
    public string? Platform { get; init; }

    /// <summary>Inferred: every platform the text named (two or more make the platform Other).</summary>
    public IReadOnlyList<string>? Candidates { get; init; }

    /// <summary>Inferred: the spellings found (NFKC, lower case).</summary>
    public IReadOnlyList<string>? Matched { get; init; }

    /// <summary>Inferred: where the platform was named: <c>name</c>, <c>description</c>, <c>name+description</c>, or null.</summary>
    public string? InferredFrom { get; init; }

    /// <summary>Inferred: the room name read.</summary>
    public string? RoomName { get; init; }

    /// <summary>Inferred: the room description read, when there was one.</summary>
    public string? Description { get; init; }

    /// <summary>The contractors (who may confirm escrow); null when this record does not set them.</summary>
    public IReadOnlyList<long>? ContractorAccountIds { get; init; }

    /// <summary>The client side; null when this record does not set it.</summary>
    public IReadOnlyList<long>? ClientAccountIds { get; init; }

    /// <summary>Inferred: the bot's own account, left out of the roles.</summary>
    public long? BotAccountId { get; init; }

    /// <summary>Command: the message id of the command.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Command: the command line as the member wrote it.</summary>
    [JsonPropertyName("command")]
    public string? CommandText { get; init; }

    /// <summary>The JSON text to put in <see cref="RecordContent.Details"/>.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this);

    /// <summary>Reads profile details; null when <paramref name="json"/> is absent or unreadable.</summary>
    public static RoomProfileDetails? TryParse(string? json) => RecordDetailsJson.TryParse<RoomProfileDetails>(json);
}
