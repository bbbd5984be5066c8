using ChatworkGuard.Bot.Hosting;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatworkGuard.Tests.Bot.Rooms;

public sealed class RoomDirectoryTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddBotOptions();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void IsWatched_AllModeWithDeny_DenyWins()
    {
        using var provider = Build(new() { ["Rooms:Deny:0"] = "5" });
        var rooms = provider.GetRequiredService<RoomDirectory>();

        Assert.True(rooms.IsWatched(4));
        Assert.False(rooms.IsWatched(5));
    }

    [Fact]
    public void IsWatched_AllowListMode_OnlyListedRooms()
    {
        using var provider = Build(new() { ["Rooms:WatchMode"] = "AllowList", ["Rooms:Allow:0"] = "7" });
        var rooms = provider.GetRequiredService<RoomDirectory>();

        Assert.True(rooms.IsWatched(7));
        Assert.False(rooms.IsWatched(8));
    }

    [Fact]
    public void ProfileOf_ConfiguredRoom_OverridesDefaults()
    {
        using var provider = Build(new()
        {
            ["Rooms:DefaultLanguage"] = "Ja",
            ["Rooms:Profiles:100:Platform"] = "Lancers",
            ["Rooms:Profiles:100:Language"] = "En",
            ["Rooms:Profiles:100:ContractorAccountIds:0"] = "11",
            ["Notifications:RoomId"] = "900",
        });
        var rooms = provider.GetRequiredService<RoomDirectory>();

        var configured = rooms.ProfileOf(100);
        var other = rooms.ProfileOf(101);

        Assert.Equal((Platform.Lancers, BotLanguage.En, 900L), (configured.Platform, configured.Language, configured.NotificationRoomId!.Value));
        Assert.Equal([11L], configured.ContractorAccountIds);
        Assert.Equal((Platform.Other, BotLanguage.Ja), (other.Platform, other.Language));
    }

    [Fact]
    public void Validate_AllowListWithoutRoomsAndBadProfileKey_ListsEveryProblem()
    {
        using var provider = Build(new()
        {
            ["Rooms:WatchMode"] = "AllowList",
            ["Rooms:Profiles:abc:Platform"] = "Lancers",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RoomsOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Rooms:Allow is empty", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Rooms:Profiles:abc is not a room id", StringComparison.Ordinal));
    }
}
