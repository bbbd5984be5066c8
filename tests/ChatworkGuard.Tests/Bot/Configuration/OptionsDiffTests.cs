using ChatworkGuard.Bot.Configuration;
using ChatworkGuard.Bot.Rooms;
using ChatworkGuard.Policy.Platforms;

namespace ChatworkGuard.Tests.Bot.Configuration;

public sealed class OptionsDiffTests
{
    [Fact]
    public void Describe_ChangedProfile_NamesTheKeyWithOldAndNewValue()
    {
        var before = new RoomsOptions();
        var after = new RoomsOptions { AllowProfileCommands = false };
        after.Profiles["42"] = new RoomProfileOptions { Platform = Platform.Lancers };

        var changes = OptionsDiff.Describe(before, after);

        Assert.Contains("AllowProfileCommands: true → false", changes);
        Assert.Contains("Profiles:42:Platform: (none) → Lancers", changes);
    }

    [Fact]
    public void Describe_SameValues_IsEmpty()
    {
        Assert.Empty(OptionsDiff.Describe(new RoomsOptions(), new RoomsOptions()));
    }
}
