using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Checkpoints;

namespace ChatworkGuard.Tests.Archive;

/// <summary>
/// The exact details JSON of the archive's typed details records. Details text is hashed into the evidence chain, so
/// key names, key order, null handling and number formatting are pinned here byte for byte (docs/evidence-format.md),
/// and each text must read back to the same text.
/// </summary>
public sealed class RecordDetailsJsonTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void RoomProfileDetails_EveryField_IsWrittenUnderItsKeyInDeclarationOrder()
    {
        var details = new RoomProfileDetails
        {
            Cause = RoomProfileDetails.Inferred,
            Platform = "CrowdWorks",
            Candidates = ["CrowdWorks"],
            Matched = ["クラウドワークス"],
            InferredFrom = "name+description",
            RoomName = "PG案件 \"A\"",
            Description = "<b>説明</b>",
            ContractorAccountIds = [2, 3],
            ClientAccountIds = [1],
            BotAccountId = 9,
            ReplyTo = "1193811580355072",
            CommandText = "受注者は私です",
        };

        AssertWritten(
            """{"cause":"inferred","platform":"CrowdWorks","candidates":["CrowdWorks"],"matched":["クラウドワークス"],"inferred_from":"name+description","room_name":"PG案件 \"A\"","description":"<b>説明</b>","contractor_account_ids":[2,3],"client_account_ids":[1],"bot_account_id":9,"reply_to":"1193811580355072","command":"受注者は私です"}""",
            details.ToJson(),
            json => RoomProfileDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void RoomProfileDetails_OfACommand_LeavesOutWhatItDoesNotSet()
    {
        var details = new RoomProfileDetails { Cause = RoomProfileDetails.Command, ContractorAccountIds = [2], CommandText = "受注者は私です" };

        AssertWritten(
            """{"cause":"command","contractor_account_ids":[2],"command":"受注者は私です"}""",
            details.ToJson(),
            json => RoomProfileDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void CheckpointDetails_Signed_WritesEveryKey()
    {
        var details = Checkpoint() with { WitnessRoomId = 77, WitnessMessageId = "555", Signature = "c2ln", PublicKey = "a2V5" };

        AssertWritten(
            $$"""{"statement":"root {{Hash}} time 2026-12-03T23:00:00Z rooms 3","cause":"interval","leaf_seq":42,"leaf_head":"{{Hash}}","proof":["L:{{Hash}}","R:{{Hash}}"],"witness_room_id":77,"witness_message_id":"555","signature":"c2ln","public_key":"a2V5"}""",
            details.ToJson(),
            json => CheckpointDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void CheckpointDetails_Unwitnessed_WritesItsMissingPartsAsNull()
    {
        AssertWritten(
            $$"""{"statement":"root {{Hash}} time 2026-12-03T23:00:00Z rooms 3","cause":"interval","leaf_seq":42,"leaf_head":"{{Hash}}","proof":["L:{{Hash}}","R:{{Hash}}"],"witness_room_id":null,"witness_message_id":null,"signature":null,"public_key":null}""",
            Checkpoint().ToJson(),
            json => CheckpointDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void FileRecordDetails_Unavailable_WritesTheFileThenWhy()
    {
        var details = new FileRecordDetails(2150000001, "1193811580355072", "契約書.pdf", 1234, 1, "山田", 1751362200, Hash)
        {
            Reason = "size-mismatch",
            ReasonText = "text/html, 512 bytes",
            ReceivedSize = 512,
        };

        AssertWritten(
            $$"""{"file_id":2150000001,"message_id":"1193811580355072","name":"契約書.pdf","size":1234,"uploader_id":1,"uploader_name":"山田","upload_time":1751362200,"sha256":"{{Hash}}","reason":"size-mismatch","reason_text":"text/html, 512 bytes","received_size":512}""",
            details.ToJson(),
            json => FileRecordDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void FileRecordDetails_OfADeletion_IsTheFileIdAlone()
    {
        AssertWritten(
            """{"file_id":2150000001}""",
            new FileRecordDetails(2150000001, null, null, null, null, null, null, null).ToJson(),
            json => FileRecordDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void RoomSnapshotDetails_WritesTheMembersUnderTheirKeys()
    {
        var details = new RoomSnapshotDetails("PG案件", [new RoomMember(1, "山田", "admin"), new RoomMember(2, "Sato", null)], "Lancers", ReadBy: 9);

        AssertWritten(
            """{"name":"PG案件","members":[{"account_id":1,"name":"山田","role":"admin"},{"account_id":2,"name":"Sato"}],"platform":"Lancers","read_by":9}""",
            details.ToJson(),
            json => RoomSnapshotDetails.TryParse(json)?.ToJson());
    }

    [Fact]
    public void GapDetails_OfAnUnknownCount_WritesTheCountAsNull()
    {
        // The exact text the sync wrote by hand before gap details were typed: old and new gap records read alike.
        AssertWritten(
            """{"count":null,"reason":"the latest 100 messages no longer overlap the archive; an unknown number of messages (possibly none) could not be read"}""",
            new GapDetails(null, "the latest 100 messages no longer overlap the archive; an unknown number of messages (possibly none) could not be read").ToJson(),
            json => RecordDetailsJson.TryParse<GapDetails>(json)?.ToJson());
    }

    [Fact]
    public void GapDetails_OfAKnownCount_WritesTheNumberThenTheReason()
    {
        AssertWritten(
            """{"count":1234,"reason":"messages sent before the bot joined, older than the latest 100 the API returns"}""",
            new GapDetails(1234, "messages sent before the bot joined, older than the latest 100 the API returns").ToJson(),
            json => RecordDetailsJson.TryParse<GapDetails>(json)?.ToJson());
    }

    [Fact]
    public void ConflictDetails_WritesTheWebhookRecordThenTheFieldsThatDiffer()
    {
        AssertWritten(
            """{"webhook_seq":42,"fields":["account_id","send_time","body"]}""",
            new ConflictDetails(42, ["account_id", "send_time", "body"]).ToJson(),
            json => RecordDetailsJson.TryParse<ConflictDetails>(json)?.ToJson());
    }

    [Fact]
    public void RoomLostDetails_OfAnApiAnswer_WritesTheStatusThenTheErrorsEscapedAsBefore()
    {
        // The exact text the sync wrote before room-lost details were typed (the default encoder's \u0027, \u003C, \uXXXX).
        AssertWritten(
            """{"status":403,"errors":["You don\u0027t have permission to access this room","\u003Cb\u003E\u30EB\u30FC\u30E0\u003C/b\u003E"]}""",
            new RoomLostDetails { Status = 403, Errors = ["You don't have permission to access this room", "<b>ルーム</b>"] }.ToJson(),
            json => RecordDetailsJson.TryParse<RoomLostDetails>(json)?.ToJson());
    }

    [Fact]
    public void RoomLostDetails_OfAnUnwatchedRoom_IsTheReasonAlone()
    {
        AssertWritten(
            """{"reason":"unwatched"}""",
            new RoomLostDetails { Reason = RoomLostDetails.Unwatched }.ToJson(),
            json => RecordDetailsJson.TryParse<RoomLostDetails>(json)?.ToJson());
    }

    private static CheckpointDetails Checkpoint() => new()
    {
        Statement = $"root {Hash} time 2026-12-03T23:00:00Z rooms 3",
        Cause = "interval",
        LeafSequence = 42,
        LeafHead = Hash,
        Proof = [$"L:{Hash}", $"R:{Hash}"],
    };

    /// <summary>Asserts the exact text, then that reading it and writing it again gives the same text.</summary>
    private static void AssertWritten(string expected, string written, Func<string, string?> reread)
    {
        Assert.Equal(expected, written);
        Assert.Equal(expected, reread(written));
    }
}
