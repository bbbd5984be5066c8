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

        var changes = OptionsDiff.Describe(RoomsOptions.SectionName, before, after);

        // Keyed as appsettings.json nests them, so the log line names the setting a team lead edits.
        Assert.Contains("Rooms:AllowProfileCommands: true → false", changes);
        Assert.Contains("Rooms:Profiles:42:Platform: (none) → Lancers", changes);
        Assert.All(changes, change => Assert.StartsWith("Rooms:", change));
    }

    [Fact]
    public void Describe_SameValues_IsEmpty()
    {
        Assert.Empty(OptionsDiff.Describe(RoomsOptions.SectionName, new RoomsOptions(), new RoomsOptions()));
    }
}
