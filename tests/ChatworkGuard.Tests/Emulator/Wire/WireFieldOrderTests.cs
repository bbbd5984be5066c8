using System.Text;
using ChatworkGuard.Emulator;
using ChatworkGuard.Emulator.State;
using ChatworkGuard.Emulator.Wire;

namespace ChatworkGuard.Tests.Emulator.Wire;

/// <summary>
/// The account and task bodies share their fields in code, but each must still come out byte for byte in the order
/// Chatwork writes it: the shared fields after the ones that differ.
/// </summary>
public sealed class WireFieldOrderTests
{
    private const string Profile =
        "\"name\":\"Aiko\",\"chatwork_id\":\"\",\"organization_id\":1001,\"organization_name\":\"Acme\",\"department\":\"\"," +
        "\"avatar_image_url\":\"https://appdata.chatwork.com/avatar/ico_default_green.png\"";

    private const string TaskTail =
        "\"assigned_by_account\":{\"account_id\":10000001,\"name\":\"Aiko\",\"avatar_image_url\":\"https://appdata.chatwork.com/avatar/ico_default_green.png\"}," +
        "\"message_id\":\"77\",\"body\":\"do it\",\"limit_time\":1700000000,\"status\":\"open\",\"limit_type\":\"date\"";

    private static readonly Account Aiko = new(10_000_001, "Aiko", AccountPlan.Paid, 1001, "Acme");

    [Fact]
    public void Contact_ListsTheAccountAndItsDirectChatBeforeTheProfile()
    {
        Assert.Equal(
            "{\"account_id\":10000001,\"room_id\":55," + Profile + "}",
            Json(Aiko.ToContact(55), WireJson.Context.ContactDto));
    }

    [Fact]
    public void Member_ListsTheAccountAndItsRoleBeforeTheProfile()
    {
        Assert.Equal(
            "[{\"account_id\":10000001,\"role\":\"admin\"," + Profile + "}]",
            Json(new List<MemberDto> { Aiko.ToMember(RoomRole.Admin) }, WireJson.Context.ListMemberDto));
    }

    [Fact]
    public void IncomingRequest_ListsTheRequestAndItsMessageBeforeTheProfile()
    {
        var accounts = new AccountStore(new RoomRegistry(new EmulatorOptions(), TimeProvider.System));
        var (from, _) = accounts.Create("Aiko", AccountPlan.Paid, "Acme");
        var (to, _) = accounts.Create("Ken", AccountPlan.Paid, null);
        var requestId = accounts.AddIncomingRequest(from.Id, to.Id, "hello");

        var json = Json(accounts.ListIncomingRequests(to), WireJson.Context.ListIncomingRequestDto);

        var id = requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            "[{\"request_id\":" + id + ",\"account_id\":10000001,\"message\":\"hello\"," + Profile + "}]",
            json);
    }

    [Fact]
    public void RoomTask_ListsTheTaskAndItsAssigneeBeforeTheSharedFields()
    {
        var task = new StoredTask(9, 55, Aiko, Aiko, 77, "do it", 1_700_000_000, TaskLimitType.Date);

        Assert.Equal(
            "{\"task_id\":9,\"account\":{\"account_id\":10000001,\"name\":\"Aiko\",\"avatar_image_url\":\"https://appdata.chatwork.com/avatar/ico_default_green.png\"}," + TaskTail + "}",
            Json(task.ToDto(), WireJson.Context.TaskDto));
    }

    [Fact]
    public void MyTask_ListsTheTaskAndItsRoomBeforeTheSharedFields()
    {
        var task = new StoredTask(9, 55, Aiko, Aiko, 77, "do it", 1_700_000_000, TaskLimitType.Date);

        Assert.Equal(
            "[{\"task_id\":9,\"room\":{\"room_id\":55,\"name\":\"Deal\",\"icon_path\":\"i.png\"}," + TaskTail + "}]",
            Json(new List<MyTaskDto> { task.ToMyTask(new RoomRefDto(55, "Deal", "i.png")) }, WireJson.Context.ListMyTaskDto));
    }

    private static string Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        Encoding.UTF8.GetString(WireJson.ToBytes(value, typeInfo));
}
