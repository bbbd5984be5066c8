using System.Net;
using ChatworkGuard.Emulator;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

/// <summary>Every [UNCONFIRMED] force=0 behaviour in both positions.</summary>
public sealed class ForceZeroSwitchTests
{
    [Theory]
    [InlineData(ForceZeroCursorScope.PerAccount, HttpStatusCode.NoContent)]
    [InlineData(ForceZeroCursorScope.PerToken, HttpStatusCode.OK)]
    public async Task CursorScope_DecidesWhetherTwoTokensOfOneAccountShareTheDiff(ForceZeroCursorScope scope, HttpStatusCode secondTokenStatus)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { ForceZeroCursorScope = scope });
        var secondToken = world.Control.IssueToken(world.Member.AccountId);
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "news");

        using var first = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var second = await world.Api.GetAsync(secondToken, world.Messages + "?force=0");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(secondTokenStatus, second.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResendsEdits_DecidesWhetherAnEditedMessageComesBack(bool resend)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { ForceZeroResendsEdits = resend });
        var id = world.Control.PostMessage(world.Member.AccountId, world.RoomId, "v1");
        world.Control.PostMessage(world.Member.AccountId, world.RoomId, "later");
        using var _ = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=0");
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        world.Control.EditMessage(world.RoomId, id, "v2");

        using var diff = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=0");
        using var again = await world.Api.GetAsync(world.Admin.Token, world.Messages + "?force=0");

        if (resend)
        {
            var edited = (await EmulatorApi.JsonAsync(diff)).EnumerateArray().Single();
            Assert.Equal(id, edited.GetProperty("message_id").GetString());
            Assert.Equal("v2", edited.GetProperty("body").GetString());
            Assert.True(edited.GetProperty("update_time").GetInt64() > 0);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NoContent, diff.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Theory]
    [InlineData(ForceZeroFirstCall.Latest, "m51", 100, 0)]
    [InlineData(ForceZeroFirstCall.Oldest, "[info]", 100, 51)]
    public async Task FirstCall_ReturnsLatestOrOldestFirst(ForceZeroFirstCall firstCall, string firstBodyStart, int firstCount, int secondCount)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { ForceZeroFirstCall = firstCall });
        for (var i = 1; i <= 150; i++)
        {
            world.Control.PostMessage(world.Admin.AccountId, world.RoomId, $"m{i}");
        }

        using var first = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        using var second = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");

        var messages = (await EmulatorApi.JsonAsync(first)).EnumerateArray().ToList();
        Assert.Equal(firstCount, messages.Count);
        Assert.StartsWith(firstBodyStart, messages[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        var secondMessages = second.StatusCode == HttpStatusCode.NoContent ? 0 : (await EmulatorApi.JsonAsync(second)).GetArrayLength();
        Assert.Equal(secondCount, secondMessages);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.NoContent)]
    public async Task ForceOneMovesCursor_DecidesWhetherForceOneConsumesTheDiff(bool moves, HttpStatusCode diffStatus)
    {
        await using var world = await TestWorld.StartAsync(new EmulatorOptions { ForceOneMovesCursor = moves });
        using var _ = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");
        world.Control.PostMessage(world.Admin.AccountId, world.RoomId, "new");

        using var latest = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");
        using var diff = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=0");

        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal(diffStatus, diff.StatusCode);
    }
}
