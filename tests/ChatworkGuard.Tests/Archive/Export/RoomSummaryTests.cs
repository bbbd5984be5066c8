using ChatworkGuard.Archive;
using ChatworkGuard.Archive.Export;

namespace ChatworkGuard.Tests.Archive.Export;

public sealed class RoomSummaryTests
{
    private static ArchiveRecord InferredLancers() => new()
    {
        RoomId = 1,
        Sequence = 3,
        Kind = RecordKind.RoomProfile,
        ObservedAt = DateTimeOffset.UnixEpoch,
        Source = RecordSource.Bot,
        PreviousHash = ChainHash.Zero,
        Hash = ChainHash.Zero,
        Details = """{"cause":"inferred","platform":"Lancers","candidates":["Lancers"],"matched":["ランサーズ"],"inferred_from":"name","room_name":"PG案件（ランサーズ）"}""",
    };

    [Fact]
    public void ProfileOrigin_InferredOnly_SaysWhatItWasInferredFrom()
    {
        var summary = new RoomSummary();
        summary.Observe(InferredLancers());

        Assert.Equal("Lancers", summary.Platform);
        Assert.Contains("platform Lancers: inferred from the room name “PG案件（ランサーズ）”, matched ランサーズ (#3)", summary.ProfileOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyConfigured_TeamLeadsProfile_WinsAndIsNamedConfigured()
    {
        var summary = new RoomSummary();
        summary.Observe(InferredLancers());

        summary.ApplyConfigured(new ConfiguredRoomProfile("CrowdWorks", [1002], []));

        Assert.Equal("CrowdWorks", summary.Platform);
        Assert.Contains("platform CrowdWorks: configured (Rooms:Profiles)", summary.ProfileOrigin, StringComparison.Ordinal);
        Assert.Contains("contractor 1002: configured (Rooms:Profiles)", summary.ProfileOrigin, StringComparison.Ordinal);
        Assert.DoesNotContain("inferred", summary.ProfileOrigin, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyConfigured_NothingConfigured_KeepsTheRecords()
    {
        var summary = new RoomSummary();
        summary.Observe(InferredLancers());

        summary.ApplyConfigured(null);

        Assert.Equal("Lancers", summary.Platform);
    }
}
