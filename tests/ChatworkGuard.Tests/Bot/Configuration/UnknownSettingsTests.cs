using ChatworkGuard.Bot.Configuration;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Detection;
using Microsoft.Extensions.Configuration;

namespace ChatworkGuard.Tests.Bot.Configuration;

public sealed class UnknownSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Find_KnownKeysInAnyCase_AreNotReported()
    {
        var configuration = Configuration(("Rooms:watchmode", "AllowList"), ("Rooms:Allow:0", "1"), ("Rooms:Profiles:123:Platform", "Lancers"), ("Rooms:Profiles:123:ContractorAccountIds:0", "7"));

        Assert.Empty(UnknownSettings.Find(configuration.GetSection("Rooms"), typeof(RoomsOptions)));
    }

    [Fact]
    public void Find_TyposAtEveryDepth_AreReportedWithTheirPath()
    {
        var configuration = Configuration(
            ("Rooms:WatchMod", "All"),
            ("Rooms:Profiles:123:Platfrom", "Lancers"),
            ("Rooms:Profiles:123:Language", "En"));

        var unknown = UnknownSettings.Find(configuration.GetSection("Rooms"), typeof(RoomsOptions));

        Assert.Equal(["Rooms:Profiles:123:Platfrom", "Rooms:WatchMod"], unknown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_ListOfObjects_ChecksEachElement()
    {
        var configuration = Configuration(
            ("Detection:Rules:0:Id", "x"),
            ("Detection:Rules:0:Terms:0", "LINE"),
            ("Detection:Rules:1:Pattern", "oops"),
            ("Detection:Rules:1:Context:0:Within", "message"),
            ("Detection:Rules:1:Context:0:Sid", "before"));

        var unknown = UnknownSettings.Find(configuration.GetSection("Detection"), typeof(DetectionOptions));

        Assert.Equal(["Detection:Rules:1:Context:0:Sid", "Detection:Rules:1:Pattern"], unknown.Order(StringComparer.Ordinal));
    }
}
