namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms/{id}/tasks.</summary>
internal sealed partial class ChatworkApi
{
    private Task TasksAsync(HttpContext context)
    {
        var query = Parameters.FromQuery(context);
        var tasks = state.Tasks.List(
            Caller(context),
            context.RouteId("roomId"),
            query.OptionalLong("account_id"),
            query.OptionalLong("assigned_by_account_id"),
            query.OneOf("status", "open", "open", "done") == "done");
        return ApiResponses.WriteListAsync(context, tasks, WireJson.Context.ListTaskDto);
    }

    /// <summary>Without limit_type a task with a limit comes back as "date" (recorded in 2019), else "none".</summary>
    private async Task CreateTaskAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var body = form.RequiredText("body", ApiLimits.MaxBodyLength);
        var toIds = form.Ids("to_ids", required: true);
        var limit = form.OptionalLong("limit");
        var limitTypeText = form.OneOf("limit_type", limit is null ? "none" : "date", "none", "date", "time");
        if (!RoleNames.TryParseLimitType(limitTypeText, out var limitType))
        {
            throw ApiException.BadRequest(ApiErrors.Invalid("limit_type"));
        }

        var taskIds = state.Tasks.Create(Caller(context).Account, context.RouteId("roomId"), body, toIds, limit ?? 0, limitType, enforcePostLimit: true);
        await ApiResponses.WriteJsonAsync(context, new TaskIdsDto(taskIds), WireJson.Context.TaskIdsDto);
    }

    private Task TaskAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Tasks.Get(Caller(context), context.RouteId("roomId"), context.RouteId("taskId")), WireJson.Context.TaskDto);

    /// <summary>The new status travels in a field really called <c>body</c>.</summary>
    private async Task TaskStatusAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var status = form.Required("body");
        if (status is not ("open" or "done"))
        {
            throw ApiException.BadRequest(ApiErrors.Invalid("body"));
        }

        var taskId = context.RouteId("taskId");
        state.Tasks.SetStatus(Caller(context), context.RouteId("roomId"), taskId, status == "done");
        await ApiResponses.WriteJsonAsync(context, new TaskIdDto(taskId), WireJson.Context.TaskIdDto);
    }
}
