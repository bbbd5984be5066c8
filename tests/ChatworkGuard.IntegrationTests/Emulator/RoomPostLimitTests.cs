using System.Globalization;
using System.Net;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class RoomPostLimitTests
{
    private const string LimitText = "Rate limit for message posting per room exceeded.";

    [Fact]
    public async Task EleventhPostWithinTenSeconds_Is429WithTheDocumentedText()
    {
        await using var world = await TestWorld.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var ok = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", $"post {i}"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", "one too many"));
        world.Clock.Advance(TimeSpan.FromSeconds(9));
        using var stillLimited = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", "still too many"));
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        using var afterWindow = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", "fine again"));

        await EmulatorApi.AssertErrorAsync(limited, 429, LimitText);
        await EmulatorApi.AssertErrorAsync(stillLimited, 429, LimitText);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
        Assert.Equal(12, world.Control.GetMessages(world.RoomId).Count);
    }

    [Fact]
    public async Task MessagesAndTasks_ShareTheLimitButOtherRoomsDoNot()
    {
        await using var world = await TestWorld.StartAsync();
        var member = world.Member.AccountId.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < 5; i++)
        {
            using var message = await world.Api.PostAsync(world.Admin.Token, world.Messages, ("body", $"post {i}"));
            using var task = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{world.RoomId}/tasks", ("body", $"task {i}"), ("to_ids", member));
            Assert.Equal(HttpStatusCode.OK, task.StatusCode);
        }

        using var limitedTask = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{world.RoomId}/tasks", ("body", "late"), ("to_ids", member));
        using var otherRoom = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{world.Admin.MyRoomId}/messages", ("body", "elsewhere"));

        await EmulatorApi.AssertErrorAsync(limitedTask, 429, LimitText);
        Assert.Equal(HttpStatusCode.OK, otherRoom.StatusCode);
    }

    [Fact]
    public async Task RefusedPost_StillCountsTowardThePerTokenLimit()
    {
        await using var world = await TestWorld.StartAsync();
        for (var i = 0; i < 11; i++)
        {
            using var _ = await world.Api.PostAsync(world.Member.Token, world.Messages, ("body", $"post {i}"));
        }

        using var me = await world.Api.GetAsync(world.Member.Token, "/me");

        Assert.Equal("288", EmulatorApi.Header(me, "x-ratelimit-remaining"));
    }
}
