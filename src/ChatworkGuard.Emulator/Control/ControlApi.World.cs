namespace ChatworkGuard.Emulator.Control;

/// <summary>Accounts, contacts, rooms, members, messages, tasks and files.</summary>
internal sealed partial class ControlApi
{
    private async Task CreateAccountAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.CreateAccountRequest);
        var plan = request.Plan switch
        {
            null or "" or "paid" => AccountPlan.Paid,
            "free" => AccountPlan.Free,
            _ => throw new EmulatorControlException($"Unknown plan '{request.Plan}': use paid or free."),
        };
        var account = control.CreateAccount(Required(request.Name, "name"), plan, request.OrganizationName);
        await WriteAsync(context, AccountResponse.From(account), ControlJsonContext.Default.AccountResponse, StatusCodes.Status201Created);
    }

    private Task AccountsAsync(HttpContext context) =>
        WriteAsync(context, control.GetAccounts().Select(AccountResponse.From).ToList(), ControlJsonContext.Default.ListAccountResponse);

    private Task IssueTokenAsync(HttpContext context) =>
        WriteAsync(context, new TokenResponse(control.IssueToken(context.RouteId("accountId"))), ControlJsonContext.Default.TokenResponse, StatusCodes.Status201Created);

    private async Task AddContactAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.ContactRequest);
        var roomId = control.AddContact(request.AccountId, request.ContactAccountId);
        await WriteAsync(context, new RoomIdDto(roomId), ControlJsonContext.Default.RoomIdDto);
    }

    private async Task AddIncomingRequestAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.IncomingRequestRequest);
        var requestId = control.AddIncomingRequest(request.FromAccountId, request.ToAccountId, request.Message ?? "");
        await WriteAsync(context, new RequestIdResponse(requestId), ControlJsonContext.Default.RequestIdResponse, StatusCodes.Status201Created);
    }

    private async Task CreateRoomAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.CreateRoomRequest);
        var roomId = control.CreateGroupRoom(
            request.CreatorAccountId,
            Required(request.Name, "name"),
            request.AdminIds ?? [],
            request.MemberIds,
            request.ReadonlyIds,
            request.Description ?? "");
        await WriteAsync(context, new RoomIdDto(roomId), ControlJsonContext.Default.RoomIdDto, StatusCodes.Status201Created);
    }

    private Task DeleteRoomAsync(HttpContext context)
    {
        control.DeleteRoom(context.RouteId("roomId"));
        return NoContentAsync(context);
    }

    private Task MembersAsync(HttpContext context) => WriteAsync(
        context,
        control.GetMembers(context.RouteId("roomId")).OrderBy(m => m.Key).Select(m => new MemberResponse(m.Key, RoleNames.Of(m.Value))).ToList(),
        ControlJsonContext.Default.ListMemberResponse);

    private async Task AddMemberAsync(HttpContext context)
    {
        var request = context.Request.ContentType is null ? new MemberRequest(null) : await ReadAsync(context, ControlJsonContext.Default.MemberRequest);
        var role = request.Role switch
        {
            null or "" or "member" => RoomRole.Member,
            "admin" => RoomRole.Admin,
            "readonly" => RoomRole.Readonly,
            _ => throw new EmulatorControlException($"Unknown role '{request.Role}': use admin, member or readonly."),
        };
        control.AddMember(context.RouteId("roomId"), context.RouteId("accountId"), role);
        await NoContentAsync(context);
    }

    private Task RemoveMemberAsync(HttpContext context)
    {
        control.RemoveMember(context.RouteId("roomId"), context.RouteId("accountId"));
        return NoContentAsync(context);
    }

    private Task MessagesAsync(HttpContext context) =>
        WriteAsync(context, control.GetMessages(context.RouteId("roomId")), ControlJsonContext.Default.IReadOnlyListEmulatedMessage);

    private async Task PostMessageAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.PostMessageRequest);
        var messageId = control.PostMessage(request.AccountId, context.RouteId("roomId"), Required(request.Body, "body"));
        await WriteAsync(context, new MessageIdDto(messageId), ControlJsonContext.Default.MessageIdDto, StatusCodes.Status201Created);
    }

    private async Task EditMessageAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.PostMessageRequest);
        var messageId = RouteText(context, "messageId");
        control.EditMessage(context.RouteId("roomId"), messageId, Required(request.Body, "body"));
        await WriteAsync(context, new MessageIdDto(messageId), ControlJsonContext.Default.MessageIdDto);
    }

    private Task DeleteMessageAsync(HttpContext context)
    {
        var messageId = RouteText(context, "messageId");
        control.DeleteMessage(context.RouteId("roomId"), messageId);
        return WriteAsync(context, new MessageIdDto(messageId), ControlJsonContext.Default.MessageIdDto);
    }

    private async Task CreateTaskAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.CreateTaskRequest);
        var limitType = TaskLimitType.None;
        if (!string.IsNullOrEmpty(request.LimitType) && !RoleNames.TryParseLimitType(request.LimitType, out limitType))
        {
            throw new EmulatorControlException($"Unknown limit_type '{request.LimitType}': use none, date or time.");
        }

        var limit = request.Limit is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var taskIds = control.CreateTask(request.AccountId, context.RouteId("roomId"), Required(request.Body, "body"), request.ToIds ?? [], limit, limitType);
        await WriteAsync(context, new TaskIdsDto(taskIds), ControlJsonContext.Default.TaskIdsDto, StatusCodes.Status201Created);
    }

    private async Task UploadFileAsync(HttpContext context)
    {
        var request = await ReadAsync(context, ControlJsonContext.Default.UploadFileRequest);
        byte[] content;
        try
        {
            content = Convert.FromBase64String(request.ContentBase64 ?? "");
        }
        catch (FormatException exception)
        {
            throw new EmulatorControlException("'content_base64' is not valid base64.", exception);
        }

        var fileId = control.UploadFile(request.AccountId, context.RouteId("roomId"), Required(request.Filename, "filename"), content, request.Message);
        await WriteAsync(context, new FileIdDto(fileId), ControlJsonContext.Default.FileIdDto, StatusCodes.Status201Created);
    }

    private Task DeleteFileAsync(HttpContext context)
    {
        control.DeleteFile(context.RouteId("roomId"), context.RouteId("fileId"));
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
