using ChatworkGuard.Archive;

namespace ChatworkGuard.Tests.Archive.Chain;

/// <summary>The two-record vector of docs/evidence-format.md, computed independently of our code (a 20-line Python
/// script following the document), so a change of the encoding cannot pass by changing both sides at once.</summary>
internal static class TestVectors
{
    public const string FirstEncoding =
        "01000000001724a4a400000000000000010000000f6d6573736167652d637265617465640100000013313934373237373139343131313838313231360100000000009a7fa00100000006e5b1b1e794b0010000001fe4bbaee68995e38184e3818ae9a198e38184e38197e381bee38199203c623e01000000006863aa9801000000000000000000000197c552623b00000004706f6c6c00";

    public const string FirstHash = "52e3cfeae9c734cc93953bb6f3305ce5b655a27f9935f0ed4e4c1b77d4923a07";

    public const string SecondEncoding =
        "01000000001724a4a400000000000000020000000e6d6573736167652d6564697465640100000013313934373237373139343131313838313231360100000000009a7fa000010000000001000000006863aa9801000000006863aafc00000197c552662300000007776562686f6f6b010000000c7b226e6f7465223a2278227d";

    public const string SecondHash = "d9ea9ed6f4ab59094e3e8700dc7d7f87671841b43fa18954c22d9223f5d883cd";

    public static readonly DateTimeOffset ObservedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_751_362_200_123);

    public static RecordDraft First => new()
    {
        RoomId = 388277412,
        Kind = RecordKind.MessageCreated,
        MessageId = "1947277194111881216",
        AccountId = 10125216,
        AccountName = "山田",
        Body = "仮払いお願いします <b>",
        SendTime = 1751362200,
        UpdateTime = 0,
        ObservedAt = ObservedAt,
        Source = RecordSource.Poll,
    };

    public static RecordDraft Second => new()
    {
        RoomId = 388277412,
        Kind = RecordKind.MessageEdited,
        MessageId = "1947277194111881216",
        AccountId = 10125216,
        AccountName = null,
        Body = string.Empty,
        SendTime = 1751362200,
        UpdateTime = 1751362300,
        ObservedAt = ObservedAt.AddSeconds(1),
        Source = RecordSource.Webhook,
        Details = """{"note":"x"}""",
    };
}
