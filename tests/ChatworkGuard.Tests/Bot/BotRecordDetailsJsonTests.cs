using ChatworkGuard.Bot.Actions.Warnings;
using ChatworkGuard.Bot.Escrow;
using ChatworkGuard.Policy.Escrow;

namespace ChatworkGuard.Tests.Bot;

/// <summary>
/// The exact details JSON of the bot's warning and escrow records. Details text is hashed into the evidence chain, so
/// key names, key order, null handling, date and enum formatting are pinned here byte for byte
/// (docs/evidence-format.md), and each text must read back to the same text.
/// </summary>
public sealed class BotRecordDetailsJsonTests
{
    private static readonly DateTimeOffset At = new(2025, 7, 1, 9, 30, 0, TimeSpan.FromHours(9));

    [Fact]
    public void WarningDetails_Posted_WritesEveryKeyInDeclarationOrder()
    {
        var details = new WarningDetails(["off-platform"], ["line-id", "model:off-platform"], "1193811580355072", "LINEで \"連絡\"", "1193811580355099", null)
        {
            AccountId = 2,
            Severities = new Dictionary<string, string> { ["off-platform"] = "high" },
        };

        AssertWritten(
            """{"categories":["off-platform"],"rules":["line-id","model:off-platform"],"reply_to":"1193811580355072","excerpt":"LINEで \"連絡\"","posted_message_id":"1193811580355099","account_id":2,"severities":{"off-platform":"high"}}""",
            details.ToJson(),
            json => WarningDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void WarningDetails_Suppressed_WritesWhenTheCooldownEnds()
    {
        var details = new WarningDetails(["payment"], ["bank-transfer"], "1193811580355072", null, null, At);

        AssertWritten(
            """{"categories":["payment"],"rules":["bank-transfer"],"reply_to":"1193811580355072","cooldown_until":"2025-07-01T09:30:00+09:00"}""",
            details.ToJson(),
            json => WarningDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void EscrowRecordDetails_WritesTheStateWithSnakeCaseKeysAndEnumValues()
    {
        var state = EscrowState.Initial(5).Reminded(At).Confirmed(2, At);
        var details = new EscrowRecordDetails(state, "confirm", false, "1193811580355072");

        AssertWritten(
            """{"state":{"room_id":5,"milestone":"1","milestone_number":1,"status":"confirmed","reminder_count":1,"last_reminder_at":"2025-07-01T09:30:00+09:00","confirmed_by":2,"confirmed_at":"2025-07-01T09:30:00+09:00","needs_reminder":false},"cause":"confirm","escalated":false,"reply_to":"1193811580355072"}""",
            details.ToJson(),
            json => EscrowRecordDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void EscrowRecordDetails_WithoutACause_LeavesOutTheNulls()
    {
        var details = new EscrowRecordDetails(EscrowState.Initial(5), "schedule", true, null);

        AssertWritten(
            """{"state":{"room_id":5,"milestone":"1","milestone_number":1,"status":"unknown","reminder_count":0,"needs_reminder":true},"cause":"schedule","escalated":true}""",
            details.ToJson(),
            json => EscrowRecordDetails.TryParse(json)?.ToJson());
    }

    /// <summary>Asserts the exact text, then that reading it and writing it again gives the same text.</summary>
    private static void AssertWritten(string expected, string written, Func<string, string?> reread)
    {
        Assert.Equal(expected, written);
        Assert.Equal(expected, reread(written));
    }
}
