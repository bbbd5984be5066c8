using System.Text.Encodings.Web;

namespace ChatworkGuard.Archive;

/// <summary>The details JSON of a <c>room-lost</c> record: the API's answer that lost the room, or why the bot stopped
/// watching it.</summary>
/// <remarks>JSON: <c>{"status":403,"errors":["…"]}</c> when the API answered 400, 403 or 404 for the room;
/// <c>{"reason":"unwatched"}</c> when the configuration stopped watching a joined room.</remarks>
public sealed record RoomLostDetails
{
    /// <summary>The <see cref="Reason"/> of a room the configuration stopped watching (<c>Rooms:Deny</c>, the allow list).</summary>
    public const string Unwatched = "unwatched";

    // Room-lost details have always escaped non-ASCII and HTML-sensitive characters in Chatwork's error texts
    // (don't → don\u0027t); the other details keep text readable. Keeping this kind's encoder keeps its records alike.
    private static readonly JsonSerializerOptions Options = new(RecordDetailsJson.Options)
    {
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>The HTTP status the API answered for the room.</summary>
    public int? Status { get; init; }

    /// <summary>The API's error texts, as it sent them.</summary>
    public IReadOnlyList<string>? Errors { get; init; }

    /// <summary>Why the bot let go of a room it could still read (<see cref="Unwatched"/>).</summary>
    public string? Reason { get; init; }

    /// <summary>The JSON text to store as the record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this, Options);
}
