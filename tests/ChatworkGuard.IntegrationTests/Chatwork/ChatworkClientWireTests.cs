using System.Net;
using ChatworkGuard.Chatwork;
using ChatworkGuard.Chatwork.Client;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.IntegrationTests.Support;

namespace ChatworkGuard.IntegrationTests.Chatwork;

/// <summary>Every typed method against the emulator over loopback HTTP.</summary>
public sealed class ChatworkClientWireTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private ChatworkWorld _world = null!;

    public async Task InitializeAsync() => _world = await ChatworkWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private IChatworkClient Client => _world.Client;

    [Fact]
    public async Task GetMeAsync_BotToken_ReturnsBotAccountAndSendsTokenHeader()
    {
        var me = await Client.GetMeAsync(Ct);

        Assert.Equal((_world.Bot.AccountId, "ChatworkGuard", _world.Bot.MyRoomId), (me.AccountId, me.Name, me.RoomId));
        var request = Assert.Single(_world.BotRequests);
        Assert.Equal(("GET", 200), (request.Method, request.Status));
    }

    [Fact]
    public async Task GetMyStatusAsync_FreshAccount_ReadsCounts()
    {
        var status = await Client.GetMyStatusAsync(Ct);

        Assert.True(status.UnreadRoomNum >= 0 && status.MytaskNum == 0);
    }

    [Fact]
    public async Task GetRoomsAsync_BotInGroupRoom_ListsMyChatAndGroupWithEscapedJapanese()
    {
        var rooms = await Client.GetRoomsAsync(Ct);

        var group = Assert.Single(rooms, r => r.RoomId == _world.RoomId);
        Assert.Equal(("案件: ロゴ制作", RoomType.Group, RoomRole.Member), (group.Name, group.Type, group.Role));
        Assert.Null(group.Description);
        Assert.Contains(rooms, r => r.Type == RoomType.My && r.RoomId == _world.Bot.MyRoomId);
    }

    [Fact]
    public async Task GetRoomAsync_GroupRoom_HasDescription()
    {
        var room = await Client.GetRoomAsync(_world.RoomId, Ct);

        Assert.Equal("CrowdWorks 案件の連絡用", room.Description);
    }

    [Fact]
    public async Task GetMembersAsync_GroupRoom_ListsBothWithRoles()
    {
        var members = await Client.GetMembersAsync(_world.RoomId, Ct);

        Assert.Equal(RoomRole.Admin, Assert.Single(members, m => m.AccountId == _world.Member.AccountId).Role);
        Assert.Equal(RoomRole.Member, Assert.Single(members, m => m.AccountId == _world.Bot.AccountId).Role);
    }

    [Fact]
    public async Task GetMessagesAsync_ForceZeroTwice_SecondAnswer204IsEmptyList()
    {
        _world.Control.PostMessage(_world.Member.AccountId, _world.RoomId, "LINEで直接やりとりしませんか？");

        var first = await Client.GetMessagesAsync(_world.RoomId, force: false, Ct);
        var second = await Client.GetMessagesAsync(_world.RoomId, force: false, Ct);
        var forced = await Client.GetMessagesAsync(_world.RoomId, force: true, Ct);

        Assert.Contains(first, m => m.Body == "LINEで直接やりとりしませんか？" && m.Account.AccountId == _world.Member.AccountId);
        Assert.Empty(second);
        Assert.Equal(204, _world.BotRequests[1].Status);
        Assert.Equal(first.Select(m => m.MessageId), forced.Select(m => m.MessageId));
    }

    [Fact]
    public async Task MessageLifecycle_PostGetEditDelete_RoundTripsAndDeletedIs404()
    {
        var id = await Client.PostMessageAsync(_world.RoomId, "[info]仮払いをお願いします[/info]", cancellationToken: Ct);
        var posted = await Client.GetMessageAsync(_world.RoomId, id, Ct);
        var editedId = await Client.EditMessageAsync(_world.RoomId, id, "[info]仮払いの確認をお願いします[/info]", Ct);
        var edited = await Client.GetMessageAsync(_world.RoomId, id, Ct);
        var deletedId = await Client.DeleteMessageAsync(_world.RoomId, id, Ct);

        Assert.Matches("^[0-9]+$", id);
        Assert.Equal(("[info]仮払いをお願いします[/info]", _world.Bot.AccountId, 0L), (posted.Body, posted.Account.AccountId, posted.UpdateTime));
        Assert.Equal((id, id), (editedId, deletedId));
        Assert.Equal("[info]仮払いの確認をお願いします[/info]", edited.Body);
        Assert.NotNull(edited.EditedAt);
        var gone = await Assert.ThrowsAsync<ChatworkApiException>(() => Client.GetMessageAsync(_world.RoomId, id, Ct));
        Assert.True(gone.IsNotFound);
        Assert.NotEmpty(gone.Errors);
    }

    [Fact]
    public async Task MarkReadAndUnread_MemberMessage_ReturnsCounts()
    {
        var id = _world.Control.PostMessage(_world.Member.AccountId, _world.RoomId, "[To:" + _world.Bot.AccountId + "] 確認お願いします");

        var unread = await Client.MarkUnreadAsync(_world.RoomId, id, Ct);
        var read = await Client.MarkReadAsync(_world.RoomId, id, Ct);

        Assert.True(unread.UnreadNum >= 1);
        Assert.Equal(0, read.UnreadNum);
    }

    [Fact]
    public async Task Tasks_EmptyThenPostGetComplete_204BecomesEmptyAndIdsRoundTrip()
    {
        var none = await Client.GetTasksAsync(_world.RoomId, cancellationToken: Ct);
        var limit = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + 86_400);
        var ids = await Client.PostTaskAsync(_world.RoomId, "仮払いの確認", [_world.Member.AccountId], limit, TaskLimitType.Date, Ct);
        var task = await Client.GetTaskAsync(_world.RoomId, ids[0], Ct);
        var doneId = await Client.UpdateTaskStatusAsync(_world.RoomId, ids[0], ChatworkTaskStatus.Done, Ct);
        var done = await Client.GetTasksAsync(_world.RoomId, status: ChatworkTaskStatus.Done, cancellationToken: Ct);

        Assert.Empty(none);
        Assert.Equal(("仮払いの確認", _world.Member.AccountId, _world.Bot.AccountId), (task.Body, task.Account.AccountId, task.AssignedByAccount.AccountId));
        Assert.Equal((TaskLimitType.Date, limit.ToUnixTimeSeconds()), (task.LimitType, task.LimitTime));
        Assert.Equal(ids[0], doneId);
        Assert.Equal(ids[0], Assert.Single(done).TaskId);
    }

    [Fact]
    public async Task GetMyTasksAsync_TaskAssignedToBot_Listed()
    {
        _world.Control.CreateTask(_world.Member.AccountId, _world.RoomId, "納品物の確認", [_world.Bot.AccountId]);

        var tasks = await Client.GetMyTasksAsync(cancellationToken: Ct);

        var task = Assert.Single(tasks);
        Assert.Equal(("納品物の確認", _world.RoomId, _world.Member.AccountId), (task.Body, task.Room.RoomId, task.AssignedByAccount.AccountId));
    }

    [Fact]
    public async Task Files_EmptyThenUploaded_ListedAndDownloadUrlOnRequest()
    {
        var none = await Client.GetFilesAsync(_world.RoomId, cancellationToken: Ct);
        var fileId = _world.Control.UploadFile(_world.Member.AccountId, _world.RoomId, "見積書.pdf", new byte[1234]);

        var files = await Client.GetFilesAsync(_world.RoomId, _world.Member.AccountId, Ct);
        var plain = await Client.GetFileAsync(_world.RoomId, fileId, cancellationToken: Ct);
        var withUrl = await Client.GetFileAsync(_world.RoomId, fileId, createDownloadUrl: true, Ct);

        Assert.Empty(none);
        var file = Assert.Single(files);
        Assert.Equal((fileId, "見積書.pdf", 1234L), (file.FileId, file.Filename, file.Filesize));
        Assert.Null(plain.DownloadUrl);
        Assert.False(string.IsNullOrEmpty(withUrl.DownloadUrl));
    }

    [Fact]
    public async Task IncomingRequests_AcceptOneRejectOther_ContactWithDirectChatAnd204()
    {
        var stranger = _world.Control.CreateAccount("佐藤 花子");
        var other = _world.Control.CreateAccount("Spam Bot");
        var first = _world.Control.AddIncomingRequest(stranger.AccountId, _world.Bot.AccountId, "よろしくお願いします");
        var second = _world.Control.AddIncomingRequest(other.AccountId, _world.Bot.AccountId);

        var pending = await Client.GetIncomingRequestsAsync(Ct);
        var contact = await Client.AcceptIncomingRequestAsync(first, Ct);
        await Client.RejectIncomingRequestAsync(second, Ct);
        var left = await Client.GetIncomingRequestsAsync(Ct);
        var contacts = await Client.GetContactsAsync(Ct);

        Assert.Equal("よろしくお願いします", Assert.Single(pending, r => r.RequestId == first).Message);
        Assert.Equal(stranger.AccountId, contact.AccountId);
        Assert.True(contact.RoomId > 0);
        Assert.Empty(left);
        Assert.Equal(contact.RoomId, Assert.Single(contacts).RoomId);
        Assert.Contains(_world.BotRequests, r => r.Method == "DELETE" && r.Status == 204);
    }

    [Fact]
    public async Task RoomLifecycle_CreateUpdateMembersLinkLeave_AllOverTheWire()
    {
        var contactRoom = _world.Control.AddContact(_world.Bot.AccountId, _world.Member.AccountId);
        Assert.True(contactRoom > 0);

        var roomId = await Client.CreateRoomAsync(new NewRoom { Name = "新規案件", AdminIds = [_world.Bot.AccountId], MemberIds = [_world.Member.AccountId], Description = "説明" }, Ct);
        var updated = await Client.UpdateRoomAsync(roomId, name: "新規案件（更新）", cancellationToken: Ct);
        var change = await Client.UpdateMembersAsync(roomId, [_world.Bot.AccountId, _world.Member.AccountId], cancellationToken: Ct);
        var link = await Client.GetRoomLinkAsync(roomId, Ct);
        var renamed = await Client.GetRoomAsync(roomId, Ct);
        await Client.DeleteRoomAsync(roomId, Ct);

        Assert.Equal(roomId, updated);
        Assert.Equal("新規案件（更新）", renamed.Name);
        Assert.Equal([_world.Bot.AccountId, _world.Member.AccountId], change.Admin.Order());
        Assert.False(link.IsPublic);
        Assert.False(_world.Control.RoomExists(roomId));
    }

    [Fact]
    public async Task LeaveRoomAsync_GroupRoom_204AndRoomGoneFromList()
    {
        await Client.LeaveRoomAsync(_world.RoomId, Ct);

        Assert.DoesNotContain(await Client.GetRoomsAsync(Ct), r => r.RoomId == _world.RoomId);
        Assert.Contains(_world.BotRequests, r => r.Method == "DELETE" && r.Status == 204);
    }

    [Fact]
    public async Task WrongToken_401_MappedWithErrorsAndTokenNotInMessage()
    {
        const string wrongToken = "deadbeefdeadbeefdeadbeefdeadbeef";
        await using var world = await ChatworkWorld.StartAsync(client: o => o.ApiToken = wrongToken);

        var error = await Assert.ThrowsAsync<ChatworkApiException>(() => world.Client.GetMeAsync(Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.True(error.IsAccessDenied);
        Assert.Contains("Invalid API token", error.Errors);
        Assert.DoesNotContain(wrongToken, error.ToString(), StringComparison.Ordinal);
        Assert.Single(world.Wire.Exchanges);
    }

    [Fact]
    public async Task RoomTheBotIsNotIn_4xxNotRetried_SingleRequest()
    {
        var outsider = _world.Control.CreateAccount("Outsider");
        var privateRoom = _world.Control.CreateGroupRoom(outsider.AccountId, "private", [outsider.AccountId]);

        var error = await Assert.ThrowsAsync<ChatworkApiException>(() => Client.GetMessagesAsync(privateRoom, cancellationToken: Ct));

        Assert.InRange((int)error.StatusCode, 400, 404);
        Assert.Equal($"rooms/{privateRoom}/messages", error.Path);
        Assert.Single(_world.Wire.Exchanges);
        Assert.NotNull(error.RateLimitReset);
    }

    [Fact]
    public async Task PostMessageAsync_BodyTooLong_RefusedBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PostMessageAsync(_world.RoomId, new string('あ', 65536), cancellationToken: Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetMessageAsync(_world.RoomId, "../../me", Ct));

        Assert.Empty(_world.Wire.Exchanges);
    }
}
