namespace ChatworkGuard.Bot.Escrow;

/// <summary>
/// The details JSON of escrow-confirmed, escrow-changed and reminder-posted records: the state after the change,
/// what caused it, and (for reminders) whether it escalated. Replaying the last one rebuilds the room's state.
/// </summary>
/// <param name="State">The escrow state after the change.</param>
/// <param name="Cause">What caused it: confirm, claim (a client said it is funded; not a confirmation), milestone, reminder, work-start, task, warning, schedule.</param>
/// <param name="Escalated">For a reminder: whether it escalated.</param>
/// <param name="ReplyTo">The message that caused it, if any.</param>
internal sealed record EscrowRecordDetails(
    EscrowState State,
    string Cause,
    bool Escalated,
    string? ReplyTo)
{
    /// <summary>The shared details options, with the escrow status written as its snake_case name.</summary>
    private static readonly JsonSerializerOptions Options = new(RecordDetailsJson.Options)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The JSON for a record's details.</summary>
    public string ToJson() => RecordDetailsJson.Serialize(this, Options);

    /// <summary>Reads details; null when absent or unreadable.</summary>
    public static EscrowRecordDetails? TryParse(string? json) => RecordDetailsJson.TryParse<EscrowRecordDetails>(json, Options);
}
