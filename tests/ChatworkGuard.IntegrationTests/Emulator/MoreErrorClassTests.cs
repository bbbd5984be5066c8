using System.Globalization;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

/// <summary>The remaining error classes of endpoints whose success paths are tested elsewhere.</summary>
public sealed class MoreErrorClassTests
{
    [Fact]
    public async Task RejectUnknownRequest_Is404()
    {
        await using var world = await TestWorld.StartAsync();

        using var response = await world.Api.DeleteAsync(world.Member.Token, "/incoming_requests/38000999");

        await EmulatorApi.AssertErrorAsync(response, 404, "Contact request not found");
    }

    [Fact]
    public async Task RequestAddressedToSomeoneElse_CannotBeAccepted()
    {
        await using var world = await TestWorld.StartAsync();
        var requestId = world.Control.AddIncomingRequest(world.Outsider.AccountId, world.Readonly.AccountId);

        using var response = await world.Api.PutAsync(world.Member.Token, $"/incoming_requests/{requestId}");

        await EmulatorApi.AssertErrorAsync(response, 404, "Contact request not found");
    }

    [Fact]
    public async Task RoomReadsByANonMember_GetTheLostRoomError()
    {
        await using var world = await TestWorld.StartAsync();

        using var members = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{world.RoomId}/members");
        using var files = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{world.RoomId}/files");
        using var link = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{world.RoomId}/link");
        using var read = await world.Api.PutAsync(world.Outsider.Token, world.Messages + "/read");

        foreach (var response in new[] { members, files, link, read })
        {
            await EmulatorApi.AssertErrorAsync(response, 403, "You don't have permission to access this room");
        }
    }

    [Fact]
    public async Task ReplaceMembers_WithSomeoneWhoIsNotAContact_Is400AndChangesNothing()
    {
        await using var world = await TestWorld.StartAsync();
        var stranger = world.Control.CreateAccount("Stranger");

        using var response = await world.Api.PutAsync(
            world.Admin.Token,
            $"/rooms/{world.RoomId}/members",
            ("members_admin_ids", world.Admin.AccountId.ToString(CultureInfo.InvariantCulture)),
            ("members_member_ids", stranger.AccountId.ToString(CultureInfo.InvariantCulture)));

        await EmulatorApi.AssertErrorAsync(response, 400, $"Parameter 'members_admin_ids' contains accounts that are not your contacts or not members: {stranger.AccountId}");
        Assert.Equal(3, world.Control.GetMembers(world.RoomId).Count);
    }

    [Fact]
    public async Task MarkRead_UnknownMessage_Is404()
    {
        await using var world = await TestWorld.StartAsync();

        using var read = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read", ("message_id", "1947277194111881216"));
        using var unread = await world.Api.PutAsync(world.Member.Token, world.Messages + "/unread", ("message_id", "1947277194111881216"));
        using var badId = await world.Api.PutAsync(world.Member.Token, world.Messages + "/read", ("message_id", "abc"));

        await EmulatorApi.AssertErrorAsync(read, 404, "Message not found");
        await EmulatorApi.AssertErrorAsync(unread, 404, "Message not found");
        await EmulatorApi.AssertErrorAsync(badId, 400, "Parameter 'message_id' is invalid");
    }

    [Fact]
    public async Task UpdateRoom_BadValuesOrNotAGroup_Is400()
    {
        await using var world = await TestWorld.StartAsync();
        var direct = world.Control.AddContact(world.Admin.AccountId, world.Member.AccountId);

        using var longName = await world.Api.PutAsync(world.Admin.Token, $"/rooms/{world.RoomId}", ("name", new string('n', 256)));
        using var badIcon = await world.Api.PutAsync(world.Admin.Token, $"/rooms/{world.RoomId}", ("icon_preset", "rocket"));
        using var directRoom = await world.Api.PutAsync(world.Admin.Token, $"/rooms/{direct}", ("name", "ours"));

        await EmulatorApi.AssertErrorAsync(longName, 400, "Parameter 'name' must be 1 to 255 characters long");
        await EmulatorApi.AssertErrorAsync(badIcon, 400, "Parameter 'icon_preset' is invalid");
        await EmulatorApi.AssertErrorAsync(directRoom, 400, "This operation is only possible in a group chat");
    }

    [Fact]
    public async Task ControlFacade_UnknownIds_AreRefusedWithAReason()
    {
        await using var world = await TestWorld.StartAsync();

        var unknownRoom = Assert.Throws<ChatworkGuard.Emulator.EmulatorControlException>(() => world.Control.GetMessages(1));
        var unknownAccount = Assert.Throws<ChatworkGuard.Emulator.EmulatorControlException>(() => world.Control.PostMessage(1, world.RoomId, "x"));
        var notMember = Assert.Throws<ChatworkGuard.Emulator.EmulatorControlException>(() => world.Control.PostMessage(world.Outsider.AccountId, world.RoomId, "x"));
        var badMessageId = Assert.Throws<ChatworkGuard.Emulator.EmulatorControlException>(() => world.Control.EditMessage(world.RoomId, "abc", "x"));
        var emptyBody = Assert.Throws<ChatworkGuard.Emulator.EmulatorControlException>(() => world.Control.PostMessage(world.Member.AccountId, world.RoomId, ""));

        Assert.Equal((404, "Room 1 does not exist"), (unknownRoom.StatusCode, unknownRoom.Message));
        Assert.Equal((404, "Account 1 does not exist"), (unknownAccount.StatusCode, unknownAccount.Message));
        Assert.Equal("You don't have permission to send/edit message.", notMember.Message);
        Assert.Equal(404, badMessageId.StatusCode);
        Assert.Contains("1 to 65535", emptyBody.Message, StringComparison.Ordinal);
    }
}
