using System.Globalization;
using System.Net;
using ChatworkGuard.IntegrationTests.Emulator.Support;

namespace ChatworkGuard.IntegrationTests.Emulator;

public sealed class TaskEndpointTests
{
    [Fact]
    public async Task CreateTask_OnePerAssigneeEachWithATaskAddedMessage()
    {
        await using var world = await TestWorld.StartAsync();
        var limit = world.Clock.GetUtcNow().AddDays(3).ToUnixTimeSeconds();

        using var response = await world.Api.PostAsync(
            world.Admin.Token,
            $"/rooms/{world.RoomId}/tasks",
            ("body", "納品してください"),
            ("to_ids", $"{world.Member.AccountId},{world.Readonly.AccountId}"),
            ("limit", limit.ToString(CultureInfo.InvariantCulture)),
            ("limit_type", "time"));
        var taskIds = (await EmulatorApi.JsonAsync(response)).GetProperty("task_ids").EnumerateArray().Select(t => t.GetInt64()).ToList();
        using var task = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks/{taskIds[0]}");
        using var messages = await world.Api.GetAsync(world.Member.Token, world.Messages + "?force=1");

        Assert.Equal(2, taskIds.Count);
        var json = await EmulatorApi.JsonAsync(task);
        Assert.Equal(world.Member.AccountId, json.GetProperty("account").GetProperty("account_id").GetInt64());
        Assert.Equal(world.Admin.AccountId, json.GetProperty("assigned_by_account").GetProperty("account_id").GetInt64());
        Assert.Equal("納品してください", json.GetProperty("body").GetString());
        Assert.Equal(limit, json.GetProperty("limit_time").GetInt64());
        Assert.Equal("time", json.GetProperty("limit_type").GetString());
        Assert.Equal("open", json.GetProperty("status").GetString());
        var taskMessageId = json.GetProperty("message_id").GetString();
        var taskMessage = (await EmulatorApi.JsonAsync(messages)).EnumerateArray().Single(m => m.GetProperty("message_id").GetString() == taskMessageId);
        Assert.Equal(
            $"[info][title][dtext:task_added][/title][task aid={world.Member.AccountId} st=open lt={limit} ltype=time]納品してください[/task][/info]",
            taskMessage.GetProperty("body").GetString());
    }

    [Fact]
    public async Task CreateTask_LimitWithoutType_IsDateAndNoLimitIsNone()
    {
        await using var world = await TestWorld.StartAsync();
        var to = world.Member.AccountId.ToString(CultureInfo.InvariantCulture);

        using var withLimit = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{world.RoomId}/tasks", ("body", "a"), ("to_ids", to), ("limit", "1760000000"));
        using var noLimit = await world.Api.PostAsync(world.Admin.Token, $"/rooms/{world.RoomId}/tasks", ("body", "b"), ("to_ids", to));
        using var list = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks");

        var tasks = (await EmulatorApi.JsonAsync(list)).EnumerateArray().ToList();
        Assert.Equal(["date", "none"], tasks.Select(t => t.GetProperty("limit_type").GetString()));
        Assert.Equal([1760000000L, 0L], tasks.Select(t => t.GetProperty("limit_time").GetInt64()));
    }

    [Fact]
    public async Task CreateTask_InvalidInput_Is400Or403()
    {
        await using var world = await TestWorld.StartAsync();
        var to = world.Member.AccountId.ToString(CultureInfo.InvariantCulture);
        var tasks = $"/rooms/{world.RoomId}/tasks";

        using var noBody = await world.Api.PostAsync(world.Admin.Token, tasks, ("to_ids", to));
        using var noAssignee = await world.Api.PostAsync(world.Admin.Token, tasks, ("body", "x"));
        using var badType = await world.Api.PostAsync(world.Admin.Token, tasks, ("body", "x"), ("to_ids", to), ("limit_type", "week"));
        using var stranger = await world.Api.PostAsync(world.Admin.Token, tasks, ("body", "x"), ("to_ids", world.Outsider.AccountId.ToString(CultureInfo.InvariantCulture)));
        using var byReadonly = await world.Api.PostAsync(world.Readonly.Token, tasks, ("body", "x"), ("to_ids", to));

        await EmulatorApi.AssertErrorAsync(noBody, 400, "Parameter 'body' is required");
        await EmulatorApi.AssertErrorAsync(noAssignee, 400, "Parameter 'to_ids' is required");
        await EmulatorApi.AssertErrorAsync(badType, 400, "Parameter 'limit_type' is invalid");
        await EmulatorApi.AssertErrorAsync(stranger, 400, $"Parameter 'to_ids' contains accounts that are not your contacts or not members: {world.Outsider.AccountId}");
        await EmulatorApi.AssertErrorAsync(byReadonly, 403, "You don't have permission to send/edit message.");
    }

    [Fact]
    public async Task TaskStatus_DoneThenFiltersAndUnknownTaskIs404()
    {
        await using var world = await TestWorld.StartAsync();
        var taskId = world.Control.CreateTask(world.Admin.AccountId, world.RoomId, "write", [world.Member.AccountId]).Single();

        using var done = await world.Api.PutAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks/{taskId}/status", ("body", "done"));
        using var open = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks");
        using var doneList = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks?status=done&account_id={world.Member.AccountId}&assigned_by_account_id={world.Admin.AccountId}");
        using var badStatus = await world.Api.PutAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks/{taskId}/status", ("body", "closed"));
        using var missing = await world.Api.PutAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks/{taskId}/status");
        using var unknown = await world.Api.GetAsync(world.Member.Token, $"/rooms/{world.RoomId}/tasks/1");
        using var outsider = await world.Api.GetAsync(world.Outsider.Token, $"/rooms/{world.RoomId}/tasks");

        Assert.Equal(taskId, (await EmulatorApi.JsonAsync(done)).GetProperty("task_id").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, open.StatusCode);
        Assert.Equal(taskId, (await EmulatorApi.JsonAsync(doneList))[0].GetProperty("task_id").GetInt64());
        await EmulatorApi.AssertErrorAsync(badStatus, 400, "Parameter 'body' is invalid");
        await EmulatorApi.AssertErrorAsync(missing, 400, "Parameter 'body' is required");
        await EmulatorApi.AssertErrorAsync(unknown, 404, "Task not found");
        await EmulatorApi.AssertErrorAsync(outsider, 403, "You don't have permission to access this room");
    }
}
