using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatworkGuard.Chatwork.Models;
using ChatworkGuard.Chatwork.Webhooks;
using ChatworkGuard.Tests.Support;

namespace ChatworkGuard.Tests.Chatwork.Models;

public sealed class ChatworkJsonContextTests
{
    private static readonly ChatworkJsonContext Json = ChatworkJsonContext.Default;

    [Fact]
    public void Deserialize_Me_ReadsEveryField()
    {
        var me = Read("me.json", Json.MyAccount);

        Assert.Equal(10125216L, me.AccountId);
        Assert.Equal(388277412L, me.RoomId);
        Assert.Equal("Dayal Chand Aichara", me.Name);
        Assert.Equal("ABC Inc.", me.OrganizationName);
        Assert.Equal("name@gmail.com", me.LoginMail);
        Assert.Equal("", me.ChatworkId);
    }

    [Fact]
    public void Deserialize_MyStatusAndMyTasks_ReadCountsAndNestedObjects()
    {
        Assert.Equal(new MyStatus(), Read("my_status.json", Json.MyStatus));

        var task = Assert.Single(Read("my_tasks.json", Json.IReadOnlyListMyTask));
        Assert.Equal((139296044L, 388277412L, "Group Name"), (task.TaskId, task.Room.RoomId, task.Room.Name));
        Assert.Equal(10125216L, task.AssignedByAccount.AccountId);
        Assert.Equal("119629631860408724", task.MessageId);
        Assert.Equal((ChatworkTaskStatus.Open, TaskLimitType.Date, 1685996399L), (task.Status, task.LimitType, task.LimitTime));
    }

    [Fact]
    public void Deserialize_RoomsWithEscapedJapanese_DecodesNameAndEnums()
    {
        var rooms = Read("rooms.json", Json.IReadOnlyListRoom);

        Assert.Equal(2, rooms.Count);
        var my = rooms[0];
        Assert.Contains(@"\u30de\u30a4", Encoding.UTF8.GetString(Fixture.Bytes("rooms.json")), StringComparison.Ordinal);
        Assert.Equal("マイチャット", my.Name);
        Assert.Equal((RoomType.My, RoomRole.Member, true), (my.Type, my.Role, my.Sticky));
        Assert.Null(my.Description);
        var group = rooms[1];
        Assert.Equal((1987672538L, RoomType.Group, RoomRole.Admin), (group.RoomId, group.Type, group.Role));
        Assert.Equal((57, 3, 2, 1741068226L), (group.MessageNum, group.FileNum, group.TaskNum, group.LastUpdateTime));
    }

    [Fact]
    public void Deserialize_SingleRoom_HasDescription() =>
        Assert.Equal("案件の連絡用", Read("room.json", Json.Room).Description);

    [Fact]
    public void Deserialize_Members_ReadsRoleAndOrganisation()
    {
        var member = Assert.Single(Read("members.json", Json.IReadOnlyListRoomMember));

        Assert.Equal((10125216L, RoomRole.Admin, "Data Analytics"), (member.AccountId, member.Role, member.Department));
    }

    [Fact]
    public void Deserialize_Messages_KeepIdsAsStringsAndBodiesVerbatim()
    {
        var messages = Read("messages.json", Json.IReadOnlyListMessage);

        Assert.Equal(["11963102598912", "1928374655918273645", "1947277194111881216", "1947558692782219264"], messages.Select(m => m.MessageId));
        Assert.StartsWith("[info][title][dtext:chatroom_groupchat_created]", messages[0].Body, StringComparison.Ordinal);
        Assert.Contains("\n\n[dtext:chatroom_member_is]", messages[0].Body, StringComparison.Ordinal);
        Assert.Equal("[qt][qtmeta aid=10125216 time=1741068226]hello[/qt]\n胡说", messages[2].Body);
        Assert.EndsWith("\n本文", messages[3].Body, StringComparison.Ordinal);
        Assert.Equal((0L, (DateTimeOffset?)null), (messages[0].UpdateTime, messages[0].EditedAt));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741068460), messages[3].EditedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1561697609), messages[0].SentAt);
    }

    [Fact]
    public void Deserialize_MessageIdBeyondDoublePrecision_KeepsEveryDigit()
    {
        // 1947277194111881216 is above 2^53: as a JSON number read into double it would lose its last digits.
        var message = Read("messages.json", Json.IReadOnlyListMessage)[2];

        Assert.Equal("1947277194111881216", message.MessageId);
    }

    [Fact]
    public void Deserialize_RawUtf8NonAscii_Accepted()
    {
        var message = Read("message_raw_utf8.json", Json.Message);

        Assert.Equal("ウィリアム", message.Account.Name);
        Assert.Equal("直接取引しませんか？ＬＩＮＥで😀", message.Body);
    }

    [Fact]
    public void Deserialize_Tasks_BothLimitTypesAndStatuses()
    {
        var tasks = Read("tasks.json", Json.IReadOnlyListRoomTask);

        Assert.Equal((139296044L, ChatworkTaskStatus.Open, TaskLimitType.Date), (tasks[0].TaskId, tasks[0].Status, tasks[0].LimitType));
        Assert.Equal((141316537L, ChatworkTaskStatus.Done, TaskLimitType.None), (tasks[1].TaskId, tasks[1].Status, tasks[1].LimitType));
        Assert.Equal("仮払いの確認", tasks[1].Body);
        Assert.Equal(3123456L, tasks[0].Account.AccountId);
    }

    [Fact]
    public void Deserialize_Files_FileIdBeyondInt32()
    {
        var files = Read("files.json", Json.IReadOnlyListChatworkFile);

        Assert.Equal(2153301583L, files[1].FileId);
        Assert.Equal((202409L, "2019-06-03.png", 1559629010L), (files[1].Filesize, files[1].Filename, files[1].UploadTime));
        Assert.Null(files[0].DownloadUrl);
        Assert.StartsWith("https://appdata.chatwork.com/uploadfile/", Read("file.json", Json.ChatworkFile).DownloadUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_IncomingRequests_ReadsRequestAndEscapedMessage()
    {
        var request = Assert.Single(Read("incoming_requests.json", Json.IReadOnlyListIncomingRequest));

        Assert.Equal((38566451L, 2861671L), (request.RequestId, request.AccountId));
        Assert.Equal("よろしくお願いします", request.Message);
        Assert.Equal("山田 太郎", request.Name);
    }

    [Fact]
    public void Parse_WebhookMessageCreated_ReadsEvent()
    {
        var payload = WebhookPayload.Parse(Fixture.Bytes("webhook_message_created.json"));

        Assert.Equal(("246", WebhookEventType.MessageCreated, 1511238729L), (payload.WebhookSettingId, payload.WebhookEventType, payload.WebhookEventTime));
        var e = payload.WebhookEvent;
        Assert.Equal(("984676321621704704", 36818150L, 1484814L, "test"), (e.MessageId, e.RoomId, e.SenderAccountId, e.Body));
        Assert.Equal(0L, e.UpdateTime);
    }

    [Fact]
    public void Parse_WebhookMentionToMe_ReadsFromAndTo()
    {
        var payload = WebhookPayload.Parse(Fixture.Bytes("webhook_mention_to_me.json"));

        Assert.Equal(WebhookEventType.MentionToMe, payload.WebhookEventType);
        var e = payload.WebhookEvent;
        Assert.Equal((2861671L, 2739132L, 2861671L, (long?)null), (e.FromAccountId, e.ToAccountId, e.SenderAccountId, e.AccountId));
        Assert.Equal("[rp aid=2739132 to=93207172-1007287785163345920] sue445\ntest", e.Body);
    }

    [Fact]
    public void Deserialize_UnknownFieldsAndEnumValues_Tolerated()
    {
        const string body = """
            [{"room_id":1,"name":"x","type":"thread","role":"owner","sticky":false,"new_field":{"nested":[1,2]},
              "unread_num":0,"mention_num":0,"mytask_num":0,"message_num":0,"file_num":0,"task_num":0,
              "icon_path":"","last_update_time":0,"future_flag":true}]
            """;

        var room = Assert.Single(JsonSerializer.Deserialize(body, Json.IReadOnlyListRoom)!);

        Assert.Equal((1L, RoomType.Unknown, RoomRole.Unknown), (room.RoomId, room.Type, room.Role));
    }

    [Fact]
    public void Deserialize_NumberSentAsString_Accepted()
    {
        var room = JsonSerializer.Deserialize("""{"room_id":"388277412","name":"x"}""", Json.Room)!;

        Assert.Equal(388277412L, room.RoomId);
    }

    private static T Read<T>(string fixture, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixture.Bytes(fixture), type) ?? throw new InvalidOperationException($"{fixture} is null");
}
