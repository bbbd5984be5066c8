namespace ChatworkGuard.Emulator.Api;

/// <summary>/me, /my/*, /contacts and /incoming_requests.</summary>
internal sealed partial class ChatworkApi
{
    private Task MeAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, Caller(context).Account.ToMe(), WireJson.Context.MeDto);

    private Task MyStatusAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.ReadState.MyStatus(Caller(context).Account), WireJson.Context.MyStatusDto);

    private Task MyTasksAsync(HttpContext context)
    {
        var query = Parameters.FromQuery(context);
        var assignedBy = query.OptionalLong("assigned_by_account_id");
        var done = query.OneOf("status", "open", "open", "done") == "done";
        return ApiResponses.WriteListAsync(context, state.Tasks.Mine(Caller(context).Account, assignedBy, done), WireJson.Context.ListMyTaskDto);
    }

    private Task ContactsAsync(HttpContext context) =>
        ApiResponses.WriteListAsync(context, state.Accounts.ListContacts(Caller(context).Account), WireJson.Context.ListContactDto);

    private Task IncomingRequestsAsync(HttpContext context) =>
        ApiResponses.WriteListAsync(context, state.Accounts.ListIncomingRequests(Caller(context).Account), WireJson.Context.ListIncomingRequestDto);

    private Task AcceptRequestAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Accounts.AcceptRequest(Caller(context).Account, context.RouteId("requestId")), WireJson.Context.ContactDto);

    private Task RejectRequestAsync(HttpContext context)
    {
        state.Accounts.RejectRequest(Caller(context).Account, context.RouteId("requestId"));
        return ApiResponses.NoContentAsync(context);
    }
}
