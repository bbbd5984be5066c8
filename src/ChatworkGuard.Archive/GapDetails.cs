namespace ChatworkGuard.Archive;

/// <summary>The details JSON of a <c>gap</c> record: messages the bot knows existed but could not read, and why.</summary>
/// <remarks>JSON: <c>{"count":3,"reason":"…"}</c>; the count is written as null, not left out, when nobody can know it.</remarks>
/// <param name="Count">How many messages could not be read; null when the number is unknown (possibly none).</param>
/// <param name="Reason">Why they could not be read, for the people reading the evidence.</param>
public sealed record GapDetails(int? Count, string Reason)
{
    // An unknown count is a fact the evidence states ("count": null), not a field to leave out.
    private static readonly JsonSerializerOptions Options = new(RecordDetailsJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The JSON text to store as the record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this, Options);
}
