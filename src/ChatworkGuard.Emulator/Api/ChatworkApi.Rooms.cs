namespace ChatworkGuard.Emulator.Api;

/// <summary>/rooms and /rooms/{id}/members.</summary>
internal sealed partial class ChatworkApi
{
    public static readonly string[] IconPresets =
    [
        "group", "check", "document", "meeting", "event", "project", "business", "study", "security",
        "star", "idea", "heart", "magcup", "beer", "music", "sports", "travel",
    ];

    private Task RoomsAsync(HttpContext context) =>
        ApiResponses.WriteListAsync(context, state.Rooms.List(Caller(context).Account), WireJson.Context.ListRoomDto);

    private async Task CreateRoomAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var name = form.RequiredText("name", ApiLimits.MaxRoomNameLength);
        var admins = form.Ids("members_admin_ids", required: true);
        var linkCode = form.OptionalText("link_code", ApiLimits.MaxLinkCodeLength);
        if (linkCode is not null && !LinkCodes.IsValid(linkCode))
        {
            throw ApiException.BadRequest(ApiErrors.Invalid("link_code"));
        }

        var spec = new GroupRoomSpec(
            name,
            form.Optional("description") ?? "",
            form.OneOf("icon_preset", "group", IconPresets),
            admins,
            form.Ids("members_member_ids", required: false),
            form.Ids("members_readonly_ids", required: false),
            form.Flag("link", false),
            linkCode,
            form.Flag("link_need_acceptance", true));
        var roomId = state.Rooms.CreateGroup(Caller(context).Account, spec, requireContacts: true);
        await ApiResponses.WriteJsonAsync(context, new RoomIdDto(roomId), WireJson.Context.RoomIdDto);
    }

    private Task RoomAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, state.Rooms.Get(Caller(context), context.RouteId("roomId")), WireJson.Context.RoomDto);

    private async Task UpdateRoomAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var roomId = context.RouteId("roomId");
        var name = form.Optional("name") is null ? null : form.RequiredText("name", ApiLimits.MaxRoomNameLength);
        var icon = form.Optional("icon_preset") is null ? null : form.OneOf("icon_preset", "group", IconPresets);
        state.Rooms.Update(Caller(context), roomId, name, form.Optional("description"), icon);
        await ApiResponses.WriteJsonAsync(context, new RoomIdDto(roomId), WireJson.Context.RoomIdDto);
    }

    private async Task DeleteRoomAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyOrQueryAsync(context);
        var action = form.Required("action_type");
        if (action is not ("leave" or "delete"))
        {
            throw ApiException.BadRequest(ApiErrors.Invalid("action_type"));
        }

        state.Rooms.LeaveOrDelete(Caller(context), context.RouteId("roomId"), delete: action == "delete");
        await ApiResponses.NoContentAsync(context);
    }

    private Task MembersAsync(HttpContext context) =>
        ApiResponses.WriteListAsync(context, state.Members.List(Caller(context), context.RouteId("roomId")), WireJson.Context.ListMemberDto);

    private async Task ReplaceMembersAsync(HttpContext context)
    {
        var form = await Parameters.FromBodyAsync(context);
        var result = state.Members.Replace(
            Caller(context),
            context.RouteId("roomId"),
            form.Ids("members_admin_ids", required: true),
            form.Ids("members_member_ids", required: false),
            form.Ids("members_readonly_ids", required: false));
        await ApiResponses.WriteJsonAsync(context, result, WireJson.Context.MembersChangeDto);
    }
}
